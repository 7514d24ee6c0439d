defmodule Fact do
  def of(0), do: 1
  def of(n) when n > 0, do: n * of(n - 1)
end

IO.puts(Fact.of(20))
IO.puts(Fact.of(25))
IO.puts(Fact.of(50))
IO.puts(Fact.of(100) |> Integer.to_string() |> String.length())
