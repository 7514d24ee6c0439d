# A guard must be defined before the clauses that use it.
defmodule Late do
  def check(x) when is_big(x), do: :big
  def check(_), do: :small

  defguard is_big(x) when x > 100
end
