# Registry listeners hear of every register and unregister; a unique registry names processes
# through {:via, Registry, ...}, with a value, and frees the name when the process ends.
parent = self()
listener = spawn(fn ->
  Stream.repeatedly(fn -> receive do: (m -> send(parent, {:heard, m})) end) |> Stream.run()
end)
Process.register(listener, Listener)

{:ok, _} = Registry.start_link(keys: :unique, name: Names, listeners: [Listener])
{:ok, _} = Registry.register(Names, :me, :my_value)
:ok = Registry.unregister(Names, :me)
for _ <- 1..2 do
  receive do
    {:heard, {:register, Names, :me, pid, :my_value}} -> IO.inspect(pid == self(), label: "heard register")
    {:heard, {:unregister, Names, :me, pid}} -> IO.inspect(pid == self(), label: "heard unregister")
  end
end

{:ok, agent} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {Names, :counter, :with_value}})
receive do: ({:heard, {:register, Names, :counter, ^agent, :with_value}} -> IO.puts("heard the agent register"))
IO.inspect(Registry.lookup(Names, :counter) == [{agent, :with_value}], label: "via with a value")
IO.inspect(Agent.get({:via, Registry, {Names, :counter}}, & &1), label: "call through the name")
IO.inspect(Registry.whereis_name({Names, :nobody}), label: "whereis_name of nobody")
Agent.stop(agent)
Process.sleep(10)
IO.inspect(Registry.lookup(Names, :counter), label: "after the agent stopped")
IO.inspect(Registry.keys(Names, agent), label: "keys of a dead process")

{:ok, _} = Registry.start_link(keys: :duplicate, name: Dups)
try do
  Agent.start_link(fn -> 0 end, name: {:via, Registry, {Dups, :x}})
rescue
  e -> IO.inspect(e)
end

try do
  Registry.select(Names, [{:bad}])
rescue
  e -> IO.inspect(e)
end
