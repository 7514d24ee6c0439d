defmodule Job do
  def start_link(name) do
    pid = spawn_link(fn -> receive do :finish -> :ok end end)
    Process.register(pid, name)
    {:ok, pid}
  end
end

children = [
  %{id: :perm, start: {Job, :start_link, [:perm]}, restart: :permanent},
  %{id: :temp, start: {Job, :start_link, [:temp]}, restart: :temporary},
  %{id: :trans, start: {Job, :start_link, [:trans]}, restart: :transient}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
for name <- [:perm, :temp, :trans], do: send(Process.whereis(name), :finish)
Process.sleep(50)
IO.inspect(for name <- [:perm, :temp, :trans], do: {name, is_pid(Process.whereis(name))})
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.count_children(sup))
