# A ring of 10,000 processes passing a token 1,000,000 hops: spawn, send and receive.
defmodule Ring do
  def start(n, hops) do
    me = self()
    first = Enum.reduce(1..(n - 1), me, fn _, next -> spawn(fn -> relay(next) end) end)
    send(first, hops)
    wait(first)
  end

  def relay(next) do
    receive do
      0 -> send(next, 0)
      k -> send(next, k - 1); relay(next)
    end
  end

  defp wait(first) do
    receive do
      0 -> :done
      k -> send(first, k - 1); wait(first)
    end
  end
end

{us, result} = :timer.tc(fn -> Ring.start(10_000, 1_000_000) end)
IO.puts("ring = #{result}")
IO.puts("time: #{div(us, 1000)} ms")
