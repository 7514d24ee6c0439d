defmodule M do
  def try_it(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end
end

pid = spawn(fn -> receive do :stop -> :ok end end)
other = spawn(fn -> receive do :stop -> :ok end end)
M.try_it("register", fn -> Process.register(pid, :taken) end)
M.try_it("name taken", fn -> Process.register(other, :taken) end)
M.try_it("second name", fn -> Process.register(pid, :again) end)
dead = spawn(fn -> :ok end)
Process.sleep(10)
M.try_it("dead pid", fn -> Process.register(dead, :dead_one) end)
M.try_it("nil name", fn -> Process.register(other, Function.identity(nil)) end)
M.try_it("unregister", fn -> Process.unregister(:taken) end)
M.try_it("whereis", fn -> Process.whereis(:taken) end)
M.try_it(":erlang.whereis", fn -> :erlang.whereis(:taken) end)
M.try_it("send to unregistered", fn -> send(:taken, :hi) end)
M.try_it(":erlang.send to unregistered", fn -> :erlang.send(:taken, :hi) end)
Process.register(other, :other)
M.try_it("send {name, node}", fn -> send({:other, node()}, :stop) end)
Process.sleep(10)
M.try_it("name released on exit", fn -> Process.whereis(:other) end)
M.try_it("registered", fn -> :other in Process.registered() end)
M.try_it(":erlang.register order", fn -> :erlang.register(:by_erlang, self()) end)
M.try_it("whereis self", fn -> Process.whereis(:by_erlang) == self() end)
