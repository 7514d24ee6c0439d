defmodule Ack do
  def a(0, n), do: n + 1
  def a(m, 0) when m > 0, do: a(m - 1, 1)
  def a(m, n) when m > 0 and n > 0, do: a(m - 1, a(m, n - 1))
end

IO.inspect(Ack.a(2, 3))
IO.inspect(Ack.a(3, 3))
