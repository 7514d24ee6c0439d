defmodule Holder do
  use Agent
  def start_link(v), do: Agent.start_link(fn -> v end)
end

IO.inspect(Holder.child_spec(5))
IO.inspect(Supervisor.child_spec({Holder, 1}, id: :one))
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
{:ok, child} = Supervisor.start_child(sup, Supervisor.child_spec({Holder, 10}, id: :ten))
IO.inspect(Agent.get(child, & &1))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Holder, 11}, id: :ten)) |> elem(0))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :ten))
IO.inspect(Supervisor.delete_child(sup, :ten))
IO.inspect(Supervisor.which_children(sup))
