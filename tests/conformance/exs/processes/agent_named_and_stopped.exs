{:ok, _} = Agent.start_link(fn -> %{} end, name: Registry1)
Agent.update(Registry1, &Map.put(&1, :a, 1))
IO.inspect(Agent.get(Registry1, &Map.get(&1, :a)))
IO.inspect(Agent.stop(Registry1))
IO.inspect(Process.whereis(Registry1))
try do
  Agent.get(Registry1, & &1)
catch
  :exit, {reason, _} -> IO.inspect(reason, label: "get on stopped agent")
end
