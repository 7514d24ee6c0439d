# An error raised by the input or by the consumer of Task.async_stream stops its monitor and tasks.
before = length(Process.list())
r = try do
  Task.async_stream([1], & &1) |> Enum.each(fn _ -> raise "in the reducer" end)
rescue
  e -> e.message
end
IO.inspect(r)
Process.sleep(10)
IO.inspect(length(Process.list()) - before, label: "processes left")
IO.inspect(Process.info(self(), :messages))
r = try do
  Stream.map([1, 2], fn 2 -> raise "in the input"; x -> x end) |> Task.async_stream(& &1) |> Enum.to_list()
rescue
  e -> e.message
end
IO.inspect(r)
Process.sleep(10)
IO.inspect(length(Process.list()) - before, label: "processes left")
