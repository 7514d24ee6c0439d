# Agent's module-function-arguments forms (the state comes first), start/4, casts, and a timed-out get.
{:ok, a} = Agent.start_link(fn -> %{n: 1} end)
IO.inspect(Agent.get(a, Map, :get, [:n]))
IO.inspect(Agent.get_and_update(a, fn s -> {s.n, %{s | n: s.n + 1}} end))
IO.inspect(Agent.get_and_update(a, Map, :get_and_update, [:n, fn v -> {v, v * 10} end]))
IO.inspect(Agent.update(a, Map, :put, [:m, 2]))
IO.inspect(Agent.cast(a, fn s -> Map.put(s, :c, 3) end))
IO.inspect(Agent.cast(a, Map, :put, [:d, 4]))
IO.inspect(Agent.get(a, & &1))
{:ok, b} = Agent.start(fn -> 0 end, name: :bee)
IO.inspect(Agent.get(:bee, & &1) == 0 and is_pid(b))
{:ok, c} = Agent.start_link(Map, :new, [])
IO.inspect(Agent.get(c, & &1))
IO.inspect(Agent.stop(c))
IO.inspect(Agent.start_link(fn -> 0 end, name: :bee) |> elem(0))
IO.inspect(Agent.child_spec(fn -> 1 end) |> Map.delete(:start) )
IO.inspect(Agent.start(fn -> raise "no" end) |> elem(0))
Process.flag(:trap_exit, true)
try do
  Agent.get(a, fn _ -> Process.sleep(100) end, 10)
catch
  :exit, {reason, {m, f, _}} -> IO.inspect({reason, m, f})
end
