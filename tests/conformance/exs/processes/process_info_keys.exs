defmodule M do
  def wait do
    Process.put(:answer, 42)
    receive do :go -> :ok end
  end
end

pid = spawn(fn -> M.wait() end)
Process.sleep(10)
send(pid, :not_go)
IO.inspect(Keyword.keys(Process.info(pid)), label: "Process.info/1 keys")
Process.register(pid, :infoed)
IO.inspect(Keyword.keys(Process.info(pid)), label: "keys when registered")
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(Process.info(pid, :status))
IO.inspect(Process.info(self(), :status))
IO.inspect(Process.info(pid, :messages))
IO.inspect(Process.info(pid, :dictionary))
IO.inspect(Process.info(pid, :trap_exit))
IO.inspect(Process.info(pid, :current_function))
{:reductions, r} = Process.info(pid, :reductions)
IO.inspect(is_integer(r) and r > 0, label: "reductions")
{:memory, m} = Process.info(pid, :memory)
IO.inspect(is_integer(m) and m > 0, label: "memory")
IO.inspect(Process.info(pid, [:status, :message_queue_len, :registered_name]))
{:initial_call, ic} = Process.info(pid, :initial_call)
IO.inspect(ic)
Process.exit(pid, :kill)
Process.sleep(10)
IO.inspect(Process.info(pid), label: "dead")
IO.inspect(Process.info(pid, :status), label: "dead, one key")
IO.inspect(Process.info(pid, [:status]), label: "dead, list")
IO.inspect(Process.info(self(), []), label: "empty list")
