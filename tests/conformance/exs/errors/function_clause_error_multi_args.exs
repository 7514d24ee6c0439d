defmodule Pair do
  def add({a, b}, :sum) when is_integer(a), do: a + b
  def add({a, b}, :concat), do: "#{a}#{b}"
end

IO.inspect(Pair.add({1, 2}, :sum))
Pair.add({"x", 2}, :sum)
