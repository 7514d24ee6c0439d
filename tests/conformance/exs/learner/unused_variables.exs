# Unused variables: reported at the top level and in defs, except those bound before a
# defmodule (its body is given the caller's binding).
before = 1
defmodule Counter do
  def f(x, y) do
    unused = x + 1
    x
  end
end
after_module = 2
_ignored = 3
IO.inspect(Counter.f(1, 2))
