# :sys calls are gen:calls with a [:alias | ref] tag as well; a raw loop can answer them.
me = self()

raw = spawn(fn ->
  receive do
    {:system, {from_pid, [:alias | _] = tag} = from, :get_state} ->
      send(me, {:tag_ok, from_pid == me and match?([:alias | _], tag)})
      GenServer.reply(from, :raw_state)
  end
end)

IO.inspect(:sys.get_state(raw), label: "get_state")
receive do
  {:tag_ok, ok} -> IO.inspect(ok, label: "tag")
end

{:ok, agent} = Agent.start_link(fn -> 41 end)
IO.inspect(:sys.get_state(agent), label: "agent state")
IO.inspect(:sys.replace_state(agent, &(&1 + 1)), label: "replaced")
IO.inspect(Agent.get(agent, & &1), label: "agent get")
IO.inspect(GenServer.stop(agent), label: "stop")
