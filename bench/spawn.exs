# Spawn 200,000 processes that wait for a message, then stop them all.
defmodule Spawner do
  def run(n) do
    pids = for _ <- 1..n, do: spawn(fn -> receive do :stop -> :ok end end)
    Enum.each(pids, &send(&1, :stop))
    length(pids)
  end
end

{us, result} = :timer.tc(fn -> Spawner.run(200_000) end)
IO.puts("spawned = #{result}")
IO.puts("time: #{div(us, 1000)} ms")
