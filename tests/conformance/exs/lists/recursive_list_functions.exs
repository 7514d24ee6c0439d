defmodule MyList do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def reverse(l), do: reverse(l, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])
end

IO.inspect(MyList.sum([1, 2, 3, 4]))
IO.inspect(MyList.map([1, 2, 3], fn x -> x * x end))
IO.inspect(MyList.reverse([1, 2, 3]))
