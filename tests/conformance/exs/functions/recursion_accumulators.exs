defmodule Rec do
  def count_down(0), do: IO.puts("liftoff")
  def count_down(n) do
    IO.puts(n)
    count_down(n - 1)
  end

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def len(list), do: len(list, 0)
  defp len([], acc), do: acc
  defp len([_ | t], acc), do: len(t, acc + 1)
end

Rec.count_down(3)
IO.inspect(Rec.fib(20))
IO.inspect(Rec.len(Enum.to_list(1..1000)))
