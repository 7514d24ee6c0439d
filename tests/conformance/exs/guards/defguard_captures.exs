# Guards captured with & (a fn calling the guard), combined in other guards, negated, and used
# in cond outside any guard.
defmodule G do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  defguard is_pair(t) when is_tuple(t) and tuple_size(t) == 2
  defguard both_even(a, b) when is_even(a) and is_even(b)
  def evens(list), do: Enum.filter(list, &is_even/1)
  def check(a, b) when both_even(a, b), do: :both
  def check(_, _), do: :not_both
  def first_even([h | _]) when is_even(h), do: h
  def first_even([_ | t]), do: first_even(t)
  def first_even([]), do: nil
  def maybe(x) do
    cond do
      is_even(x) -> :even
      is_pair(x) -> :pair
      true -> :other
    end
  end
end
defmodule H do
  require G
  def f(list), do: Enum.map(list, &G.is_even/1)
  def g(x) when not G.is_even(x), do: :odd_or_other
  def g(_), do: :even
end
IO.inspect(G.evens(1..10))
IO.inspect({G.check(2, 4), G.check(2, 3)})
IO.inspect(G.first_even([1, 3, 6, 8]))
IO.inspect(Enum.map([4, {1, 2}, :x], &G.maybe/1))
IO.inspect(H.f([1, 2]))
IO.inspect({H.g(3), H.g(4), H.g(:a)})
IO.inspect(G.__info__(:macros))
