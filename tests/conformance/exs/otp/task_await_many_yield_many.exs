# Task.await_many/2 and Task.yield_many/2 wait for a list of tasks within one timeout for all.
fast = fn x -> Task.async(fn -> x end) end
never = fn -> Task.async(fn -> receive do: (:never -> :ok) end) end

IO.inspect(Task.await_many([fast.(1), fast.(2), fast.(3)]), label: "await_many")
IO.inspect(Task.await_many([]), label: "await_many of none")

tasks = [fast.(:a), never.()]
try do
  Task.await_many(tasks, 30)
catch
  :exit, {:timeout, {Task, :await_many, [^tasks, 30]}} -> IO.puts("await_many exits with its tasks and timeout")
end

[done, pending] = tasks = [fast.(:b), never.()]
[{^done, first}, {^pending, second}] = Task.yield_many(tasks, 30)
IO.inspect({first, second}, label: "yield_many")
IO.inspect(Task.shutdown(pending), label: "shutdown the pending one")

Process.flag(:trap_exit, true)
crashing = Task.async(fn -> exit(:crashed) end)
[{_, result}] = Task.yield_many([crashing], 100)
IO.inspect(result, label: "yield_many of a crashed task")

tasks = [fast.(:c), Task.async(fn -> exit(:crashed) end)]
try do
  Task.await_many(tasks, 100)
catch
  :exit, {reason, {Task, :await_many, [^tasks, 100]}} -> IO.inspect(reason, label: "await_many when a task dies")
end

other = spawn(fn -> receive do: ({:await, task, from} -> send(from, {:error, (try do Task.await(task) rescue e -> e end)})) end)
task = fast.(:mine)
send(other, {:await, task, self()})
receive do: ({:error, %ArgumentError{message: message}} -> IO.puts(String.replace(message, ~r/#PID<[^>]+>/, "#PID<...>") |> String.replace(~r/#Reference<[^>]+>/, "#Reference<...>")))
