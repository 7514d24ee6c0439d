# spawn, send and receive, with a timeout and a selective receive.
parent = self()

pid =
  spawn(fn ->
    receive do
      {:ping, from} -> send(from, {:pong, self()})
    end
  end)

send(pid, {:ping, parent})

receive do
  {:pong, ^pid} -> IO.puts("got pong from the spawned process")
end

IO.inspect(Process.alive?(pid) in [true, false])
Process.sleep(10)
IO.inspect(Process.alive?(pid))

send(self(), :second)
send(self(), :first)

receive do
  :first -> IO.puts("first (selective)")
end

receive do
  msg -> IO.inspect(msg, label: "then")
end

receive do
  msg -> IO.inspect(msg)
after
  50 -> IO.puts("timeout after 50ms")
end

counter = spawn(fn ->
  loop = fn loop, n ->
    receive do
      :inc -> loop.(loop, n + 1)
      {:get, from} -> send(from, {:count, n}); loop.(loop, n)
    end
  end
  loop.(loop, 0)
end)

for _ <- 1..5, do: send(counter, :inc)
send(counter, {:get, self()})
receive do
  {:count, n} -> IO.puts("count is #{n}")
end

IO.inspect(Process.info(self(), :message_queue_len))
tasks = for i <- 1..3, do: spawn(fn -> send(parent, {:done, i * i}) end)
IO.inspect(length(tasks))
results = for _ <- 1..3, do: (receive do {:done, v} -> v end)
IO.inspect(Enum.sort(results))
