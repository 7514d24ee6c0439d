# A task knows who started it (:"$callers", nearest first), and its crash report names a
# registered owner by its name.
Process.register(self(), :boss)
Process.flag(:trap_exit, true)
t = Task.async(fn -> IO.inspect(Process.get(:"$callers") == [Process.whereis(:boss)], label: "callers"); raise "x" end)
{:exit, {%RuntimeError{}, _}} = Task.yield(t)
t = Task.async(fn -> Task.async(fn -> IO.inspect(length(Process.get(:"$callers")), label: "nested callers") end) |> Task.await() end)
Task.await(t)
{:ok, sup} = Task.Supervisor.start_link()
Task.Supervisor.async(sup, fn -> IO.inspect(Process.get(:"$callers") == [self()] or length(Process.get(:"$callers")), label: "supervised callers") end) |> Task.await()
{:ok, _} = Task.start(fn -> IO.inspect(length(Process.get(:"$callers")), label: "started task callers") end)
Process.sleep(10)
