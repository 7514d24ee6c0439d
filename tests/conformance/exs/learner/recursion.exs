# Recursive functions: factorial, fibonacci, list traversal with accumulators.
defmodule Rec do
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _b), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def count_down(0), do: IO.puts("liftoff")
  def count_down(n) do
    IO.puts(n)
    count_down(n - 1)
  end

  def len(list), do: do_len(list, 0)
  defp do_len([], n), do: n
  defp do_len([_ | t], n), do: do_len(t, n + 1)
end

IO.inspect(Rec.fact(20))
IO.inspect(Rec.fact(30))
IO.inspect(Enum.map(0..15, &Rec.fib/1))
IO.inspect(Rec.fib(100))
IO.inspect(Rec.sum([1, 2, 3, 4]))
IO.inspect(Rec.reverse([1, 2, 3]))
IO.inspect(Rec.flatten([1, [2, [3, [4]], 5]]))
Rec.count_down(3)
IO.inspect(Rec.len(Enum.to_list(1..100_000)))
Rec.fact(-1)
