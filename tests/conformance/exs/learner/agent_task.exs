# Agent for state and Task for concurrent work.
{:ok, agent} = Agent.start_link(fn -> [] end)
Agent.update(agent, fn list -> [:a | list] end)
Agent.update(agent, &[:b | &1])
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.get_and_update(agent, fn list -> {length(list), []} end))
IO.inspect(Agent.get(agent, &length/1))
Agent.stop(agent)

task = Task.async(fn -> Enum.sum(1..1000) end)
IO.inspect(Task.await(task))

results =
  1..5
  |> Enum.map(fn i -> Task.async(fn -> i * i end) end)
  |> Enum.map(&Task.await/1)

IO.inspect(results)
IO.inspect(Task.async_stream(1..4, fn x -> x * 10 end) |> Enum.to_list())
slow = Task.async(fn -> Process.sleep(200); :late end)
IO.inspect(Task.yield(slow, 10))
IO.inspect(Task.shutdown(slow))
{:ok, counter} = Agent.start_link(fn -> 0 end, name: :counter)
for _ <- 1..10, do: Agent.cast(:counter, &(&1 + 1))
IO.inspect(Agent.get(:counter, & &1))
IO.inspect(is_pid(counter))
