defmodule Worker do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
end

{:ok, sup} = Supervisor.start_link([{Worker, 0}], strategy: :one_for_one)
IO.inspect(GenServer.call(Worker, :inc))
IO.inspect(GenServer.call(Worker, :inc))
IO.inspect(Supervisor.count_children(sup))
old = Process.whereis(Worker)
Process.exit(old, :kill)
Process.sleep(50)
new = Process.whereis(Worker)
IO.inspect(is_pid(new) and new != old)
IO.inspect(GenServer.call(Worker, :inc))
[{id, _pid, type, mods}] = Supervisor.which_children(sup)
IO.inspect({id, type, mods})
