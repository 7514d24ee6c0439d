# fib(27) by body recursion: calls and integer arithmetic.
defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

{us, result} = :timer.tc(fn -> Fib.fib(27) end)
IO.puts("fib(27) = #{result}")
IO.puts("time: #{div(us, 1000)} ms")
