# Guards comparing numbers, floats, big integers and terms of other types: the fused
# compare-and-branch instructions fall back to term order for anything but two integers.
defmodule G do
  def lt(a, b) when a < b, do: :lt
  def lt(_, _), do: :not_lt
  def le(a, b) when a <= b, do: :le
  def le(_, _), do: :not_le
  def gt(a, b) when a > b, do: :gt
  def gt(_, _), do: :not_gt
  def ge(a, b) when a >= b, do: :ge
  def ge(_, _), do: :not_ge
end
pairs = [{1, 2}, {2, 1}, {1, 1}, {1, 1.0}, {1.5, 1}, {:a, :b}, {:b, 1}, {"x", :x}, {[1], {1}}, {12345678901234567890, 1}, {-12345678901234567890, 1}]
IO.inspect(for {a, b} <- pairs, do: {G.lt(a, b), G.le(a, b), G.gt(a, b), G.ge(a, b)})
