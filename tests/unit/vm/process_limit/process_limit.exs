# Run with the process limit lowered to 1024 (`elixir --erl "+P 1024" process_limit.exs`).
IO.inspect(:erlang.system_info(:process_limit), label: "limit")
n = :erlang.system_info(:process_limit) - :erlang.system_info(:process_count)
pids = for _ <- 1..n, do: spawn(fn -> receive do :stop -> :ok end end)
IO.inspect(:erlang.system_info(:process_count) == :erlang.system_info(:process_limit), label: "full")
try do
  spawn(fn -> :ok end)
rescue
  e -> IO.inspect(e)
end
try do
  spawn_link(fn -> :ok end)
catch
  kind, reason -> IO.inspect({kind, reason}, label: "spawn_link")
end
Enum.each(pids, &send(&1, :stop))
Process.sleep(100)
IO.inspect(:erlang.system_info(:process_count) < :erlang.system_info(:process_limit), label: "room again")
IO.inspect(is_pid(spawn(fn -> :ok end)), label: "spawn works again")
