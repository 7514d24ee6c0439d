# Task.Supervisor with :max_children: async_nolink and async_stream_nolink raise once it is full.
{:ok, sup} = Task.Supervisor.start_link(max_children: 1)
_t = Task.Supervisor.async_nolink(sup, fn -> Process.sleep(:infinity) end)
try do
  Task.Supervisor.async_nolink(sup, fn -> :x end)
rescue
  e -> IO.puts(e.message)
end
try do
  Task.Supervisor.async_stream_nolink(sup, [1], fn x -> x end) |> Enum.to_list()
rescue
  e -> IO.puts(e.message)
end
