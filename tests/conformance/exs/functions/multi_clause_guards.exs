defmodule Num do
  def kind(n) when n < 0, do: :negative
  def kind(0), do: :zero
  def kind(n) when n > 0 and n < 10, do: :small
  def kind(_), do: :large
end

for n <- [-5, 0, 3, 42], do: IO.inspect(Num.kind(n))
