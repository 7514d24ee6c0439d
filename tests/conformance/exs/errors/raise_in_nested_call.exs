defmodule Layers do
  def top(x), do: middle(x) + 1
  def middle(x), do: bottom(x) * 2
  def bottom(x) when x > 0, do: x
  def bottom(_), do: raise(ArgumentError, message: "x must be positive")
end

IO.inspect(Layers.top(5))
Layers.top(0)
