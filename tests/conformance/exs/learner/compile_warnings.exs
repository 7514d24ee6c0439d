# Warnings a learner sees while the script still runs: unused variables, unused aliases and
# module attributes read before they are set, a clause that can never match.
defmodule Warn do
  alias String.Chars
  @unused_attr 1

  def f(x, y) do
    z = x * 2
    x
  end

  def g(:a), do: 1
  def g(_), do: 2
  def g(:b), do: 3

  def h, do: @missing
end

IO.inspect(Warn.f(1, 2))
IO.inspect(Warn.g(:b))
IO.inspect(Warn.h())
