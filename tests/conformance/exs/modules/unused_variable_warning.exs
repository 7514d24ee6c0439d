defmodule Warn do
  def f(x) do
    y = 1
    x
  end
end
IO.inspect(Warn.f(3))
