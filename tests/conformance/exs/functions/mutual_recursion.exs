defmodule EvenOdd do
  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)
end

IO.inspect(EvenOdd.even?(10))
IO.inspect(EvenOdd.odd?(7))
IO.inspect(EvenOdd.even?(100_001))
