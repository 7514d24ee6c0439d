defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
end

list = Deep.build(1_000_000)
IO.inspect(length(list))
IO.inspect(Deep.sum(list))
IO.inspect(Enum.take(list, 3))
