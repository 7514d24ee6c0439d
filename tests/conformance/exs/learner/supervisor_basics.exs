# A supervisor restarting a crashed worker.
defmodule Worker do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("starting #{inspect(name)}")
    {:ok, name}
  end

  def handle_call(:crash, _from, _state), do: raise("worker crashed")
  def handle_call(:ping, _from, state), do: {:reply, :pong, state}
end

children = [
  %{id: :w1, start: {Worker, :start_link, [:w1]}},
  %{id: :w2, start: {Worker, :start_link, [:w2]}}
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.count_children(sup))
old = Process.whereis(:w1)
Process.exit(old, :kill)
Process.sleep(50)
new = Process.whereis(:w1)
IO.inspect(is_pid(new) and new != old)
IO.inspect(GenServer.call(:w1, :ping))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _pid, type, mods} -> {id, type, mods} end))
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.whereis(:w2))
