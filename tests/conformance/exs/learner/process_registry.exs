# Registering processes by name, sending to names, and Process functions.
pid = spawn(fn -> receive do {:hello, from} -> send(from, :hi_back) end end)
Process.register(pid, :greeter)
IO.inspect(Process.whereis(:greeter) == pid)
send(:greeter, {:hello, self()})
receive do
  :hi_back -> IO.puts("greeter answered")
end
Process.sleep(10)
IO.inspect(Process.whereis(:greeter))
IO.inspect(:greeter in Process.registered())
IO.inspect(Process.get(:missing, :default))
Process.put(:count, 1)
IO.inspect(Process.get(:count))
IO.inspect(Process.delete(:count))
IO.inspect(Process.info(self(), :registered_name))
Process.register(self(), :main_proc)
IO.inspect(Process.info(self(), :registered_name))
IO.inspect(Keyword.keys(Process.info(self(), [:status, :message_queue_len])))
ref = Process.send_after(self(), :later, 10)
IO.inspect(is_reference(ref))
receive do
  :later -> IO.puts("got :later")
end
timer = Process.send_after(self(), :never, 1000)
IO.inspect(is_integer(Process.cancel_timer(timer)))
try do
  send(:no_such_name, :msg)
rescue
  e -> IO.puts(Exception.message(e))
end
Process.register(self(), :main_proc)
