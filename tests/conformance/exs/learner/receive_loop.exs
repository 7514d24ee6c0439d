# A receive loop spawned with spawn/3, and a spawned process that raises.
defmodule Ping do
  def loop(count) do
    receive do
      {:ping, from} ->
        send(from, {:pong, count})
        loop(count + 1)
      :stop ->
        IO.puts("stopping after #{count}")
    end
  end
end
pid = spawn(Ping, :loop, [0])
for _ <- 1..3 do
  send(pid, {:ping, self()})
  receive do
    {:pong, n} -> IO.puts("pong #{n}")
  end
end
send(pid, :stop)
Process.sleep(10)
IO.inspect(Process.alive?(pid))
pid2 = spawn(fn -> raise ArgumentError, "bad" end)
Process.sleep(20)
IO.inspect(Process.alive?(pid2))
