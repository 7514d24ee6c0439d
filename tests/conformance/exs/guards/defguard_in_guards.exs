# defguard defines a guard usable in the clauses that follow it, combined with and/or and
# with other guards, in def, fn, case and receive.
defmodule Shapes do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  defguard is_positive(x) when is_number(x) and x > 0
  defguard is_point(p) when is_tuple(p) and tuple_size(p) == 2
  defguard is_small_even(x) when is_even(x) and x < 10

  def classify(x) when is_even(x) and is_positive(x), do: :positive_even
  def classify(x) when is_even(x), do: :even
  def classify(x) when is_positive(x) or is_point(x), do: :positive_or_point
  def classify(_), do: :other

  def small(x) when is_small_even(x), do: true
  def small(_), do: false

  def pick(list), do: Enum.filter(list, fn x when is_even(x) -> true; _ -> false end)

  def kind(x) do
    case x do
      n when is_even(n) -> "even #{n}"
      {_, _} = p when is_point(p) -> "point #{inspect(p)}"
      _ -> "something else"
    end
  end
end

IO.inspect(Enum.map([4, -2, 3, {1, 2}, :a, 2.5], &Shapes.classify/1))
IO.inspect(Enum.map([2, 8, 12, 3, :x], &Shapes.small/1))
IO.inspect(Shapes.pick([1, 2, 3, 4, 5, 6, "7", 8.0]))
IO.puts(Shapes.kind(10))
IO.puts(Shapes.kind({3, 4}))
IO.puts(Shapes.kind("x"))
