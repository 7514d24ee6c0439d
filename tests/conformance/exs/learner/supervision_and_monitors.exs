# Child specs with ids, :one_for_all restarts, spawn_monitor, a named Agent, Task.yield.
defmodule W do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: :"w#{n}")
  def init(n), do: {:ok, n}
end
children = [Supervisor.child_spec({W, 1}, id: :first), Supervisor.child_spec({W, 2}, id: :second), Supervisor.child_spec({W, 3}, id: :third)]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(W.child_spec(7))
p1 = Process.whereis(:w1)
Process.exit(Process.whereis(:w2), :kill)
Process.sleep(50)
IO.inspect(Process.whereis(:w1) != p1)
IO.inspect(Supervisor.count_children(sup))
defmodule Mon do
  def reason do
    {pid, ref} = spawn_monitor(fn -> exit(:bye) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> r
    end
  end
end
IO.inspect(Mon.reason(), label: "monitored")
{:ok, ag} = Agent.start_link(fn -> 0 end, name: Counter)
Agent.update(Counter, &(&1 + 5))
IO.inspect(Agent.get(Counter, & &1))
IO.inspect(Process.whereis(Counter) == ag)
t = Task.async(fn -> :done end)
IO.inspect(Task.await(t, 1000))
IO.inspect(Task.async(fn -> Process.sleep(100) end) |> Task.yield(10))
