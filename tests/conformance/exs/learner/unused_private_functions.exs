# Unused private functions are reported sorted by name; with default arguments, the full
# arity is unused unless a shorter head is called, and defaults never used are reported.
defmodule Unused do
  defp zeta(x), do: x
  defp alpha(x), do: x
  defp mid(x \\ 1), do: x
  def f, do: 1
end
defmodule Defaults do
  defp mid(x \\ 1), do: x
  defp two(a, b \\ 2), do: a + b
  def f, do: mid() + two(1, 3)
end
IO.inspect Defaults.f()
