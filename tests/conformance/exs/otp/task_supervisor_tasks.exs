# Task.Supervisor: tasks started under a supervisor, linked (async) or not (async_nolink), awaited,
# yielded and shut down; streams of supervised tasks; a Task as a child of a Supervisor.
{:ok, sup} = Task.Supervisor.start_link()

task = Task.Supervisor.async(sup, fn -> :linked end)
IO.inspect(Task.await(task), label: "async")

task = Task.Supervisor.async_nolink(sup, fn -> raise "oops" end)
{:exit, {%RuntimeError{message: message}, _stack}} = Task.yield(task)
IO.inspect(message, label: "async_nolink crash seen by yield")
IO.inspect(Process.alive?(self()), label: "caller still alive")

task = Task.Supervisor.async_nolink(sup, fn -> receive do: (:never -> :ok) end)
IO.inspect(Task.yield(task, 10), label: "yield before the reply")
IO.inspect(Task.shutdown(task), label: "shutdown")
IO.inspect(Task.Supervisor.children(sup), label: "children after shutdown")

task = Task.Supervisor.async_nolink(sup, fn -> :done end)
Process.sleep(20)
IO.inspect(Task.shutdown(task), label: "shutdown after the reply came")

task = Task.Supervisor.async_nolink(sup, fn -> Process.flag(:trap_exit, true); receive do: (:never -> :ok) end)
IO.inspect(Task.shutdown(task, :brutal_kill), label: "brutal_kill")

IO.inspect(
  Task.Supervisor.async_stream(sup, 1..4, fn x -> x * 100 end, max_concurrency: 2) |> Enum.to_list(),
  label: "async_stream"
)

IO.inspect(
  Task.Supervisor.async_stream_nolink(sup, [1, 0, 2], fn x -> div(10, x) end) |> Enum.map(fn {:ok, v} -> v; {:exit, {e, _}} -> e end),
  label: "async_stream_nolink"
)

{:ok, pid} = Task.Supervisor.start_child(sup, fn -> receive do: (:stop -> :ok) end)
IO.inspect(Task.Supervisor.children(sup) == [pid], label: "start_child")
IO.inspect(Task.Supervisor.terminate_child(sup, pid), label: "terminate_child")
IO.inspect(Task.Supervisor.terminate_child(sup, pid), label: "terminate_child again")

# A Task child of a Supervisor: temporary, so it is not restarted once it returns.
parent = self()
{:ok, tree} =
  Supervisor.start_link(
    [
      {Task, fn -> send(parent, {:child_ran, self()}) end},
      {Task.Supervisor, name: MyTasks}
    ],
    strategy: :one_for_one
  )

receive do
  {:child_ran, _} -> IO.puts("the Task child ran")
end

Process.sleep(10)
IO.inspect(Supervisor.which_children(tree) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end), label: "which_children")
IO.inspect(Task.Supervisor.async(MyTasks, fn -> :named end) |> Task.await(), label: "by name")
IO.inspect(Supervisor.count_children(tree))
