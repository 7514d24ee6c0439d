# A 10,000,000-iteration tail-recursive loop: must run in constant memory.
defmodule Loop do
  def run(0, acc), do: acc
  def run(n, acc), do: run(n - 1, acc + 1)
end

{us, result} = :timer.tc(fn -> Loop.run(10_000_000, 0) end)
IO.puts("loop = #{result}")
IO.puts("time: #{div(us, 1000)} ms")
