# throw/catch, exit/catch and try's after and else.
result =
  try do
    Enum.each(1..10, fn x -> if x == 3, do: throw({:found, x}) end)
    :not_found
  catch
    {:found, x} -> {:found, x}
  end

IO.inspect(result)

IO.inspect(catch_value = (try do exit(:shutdown) catch :exit, reason -> {:exited, reason} end))
IO.inspect(catch_value)

try do
  IO.puts("working")
after
  IO.puts("cleanup always runs")
end

x =
  try do
    {:ok, 1}
  rescue
    _ -> :error
  else
    {:ok, v} -> v * 100
  end

IO.inspect(x)

kind =
  try do
    :erlang.error(:badarg)
  catch
    kind, reason -> {kind, reason}
  end

IO.inspect(kind)
IO.inspect(catch_throw = (try do throw(:ball) catch :throw, v -> v end))
throw(:uncaught)
