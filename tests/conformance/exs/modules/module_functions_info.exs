defmodule Info do
  def a, do: 1
  def b(x), do: x
  defp c, do: 3
  def uses_c, do: c()
  defmacro m(x), do: x
end

IO.inspect(Info.__info__(:functions))
IO.inspect(Info.__info__(:macros))
IO.inspect(Info.__info__(:module))
IO.inspect(Code.ensure_loaded?(Info))
IO.inspect(function_exported?(Info, :b, 1))
