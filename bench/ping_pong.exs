# Ping-pong between two processes, 500,000 round trips: the cost of one send and one receive
# when each message wakes the other process.
defmodule PingPong do
  def run(n) do
    me = self()
    pong = spawn(fn -> pong() end)
    ping(pong, me, n)
    send(pong, :stop)
    n
  end

  defp ping(_pong, _me, 0), do: :ok
  defp ping(pong, me, n) do
    send(pong, {:ping, me})
    receive do
      :pong -> ping(pong, me, n - 1)
    end
  end

  defp pong do
    receive do
      {:ping, from} -> send(from, :pong); pong()
      :stop -> :ok
    end
  end
end

{us, result} = :timer.tc(fn -> PingPong.run(500_000) end)
IO.puts("round trips = #{result}")
IO.puts("time: #{div(us, 1000)} ms")
