# The warnings a module gets once it is compiled, in Elixir's order: unused variables, an
# unused private function, clauses that cannot match, and unused attributes, aliases, imports.
defmodule A do
  import List
  alias String.Chars
  @attr 1
  def f(x) do
    alias Map.Foo
    case x do
      _ -> 1
      :a -> 2
    end
  end
  def g(_), do: 1
  def g(:b), do: 2
  defp unused_priv(x), do: x
  def k(y) do
    z = 1
    y
  end
end
IO.inspect A.f(:a)
