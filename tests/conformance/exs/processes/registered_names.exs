pid = spawn(fn ->
  receive do
    {:ping, from} -> send(from, :pong)
  end
end)
IO.inspect(Process.register(pid, :my_server))
IO.inspect(Process.whereis(:my_server) == pid)
send(:my_server, {:ping, self()})
receive do
  :pong -> IO.puts("pong via name")
end
Process.sleep(10)
IO.inspect(Process.whereis(:my_server))
IO.inspect(:my_server in Process.registered())
