# Range: first..last//step as the %Range{} struct that the `..` operator builds.
defmodule Range do
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    step = if first <= last, do: 1, else: -1
    %Range{first: first, last: last, step: step}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, got: #{inspect(first)}..#{inspect(last)}"
  end

  def new(first, last, step) when is_integer(first) and is_integer(last) and is_integer(step) and step != 0,
    do: %Range{first: first, last: last, step: step}

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{inspect(first)}..#{inspect(last)}//#{inspect(step)}"
  end

  def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%Range{first: first, last: last, step: step}), do: abs(div(last - first, step)) + 1

  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {first1, last1} = bounds(range1)
      {first2, last2} = bounds(range2)
      last1 < first2 or last2 < first1 or not Enum.any?(Enum.to_list(range1), &Enum.member?(range2, &1))
    end
  end

  defp bounds(%Range{first: first, last: last, step: step}) when step > 0,
    do: {first, first + div(last - first, step) * step}

  defp bounds(%Range{first: first, last: last, step: step}),
    do: {first + div(last - first, step) * step, first}

  def shift(%Range{first: first, last: last, step: step}, steps) when is_integer(steps),
    do: %Range{first: first + steps * step, last: last + steps * step, step: step}
end
