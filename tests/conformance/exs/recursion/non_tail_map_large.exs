defmodule BigMap do
  def double([]), do: []
  def double([h | t]), do: [h * 2 | double(t)]
end

result = BigMap.double(Enum.to_list(1..200_000))
IO.inspect({length(result), List.last(result), Enum.sum(result)})
IO.inspect(Enum.map(1..300_000, &(&1 + 1)) |> Enum.sum())
