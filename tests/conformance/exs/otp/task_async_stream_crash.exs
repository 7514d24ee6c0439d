# A task of Task.async_stream/3 that raises takes the caller down: the task is linked to the
# stream's monitor process, which is linked to the caller.
Process.flag(:trap_exit, true)
IO.inspect(Task.async_stream([1, 2], fn 2 -> exit(:boom); x -> x end) |> Enum.to_list(), label: "trapping exits")
Process.flag(:trap_exit, false)
IO.puts("now without trapping exits")
Task.async_stream([1, 0, 3], fn x -> 10 / x end) |> Enum.to_list()
IO.puts("never printed")
