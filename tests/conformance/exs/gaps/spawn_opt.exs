# spawn_opt and Process.spawn with :link and :monitor options.
pid = :erlang.spawn_opt(fn -> :ok end, [])
IO.inspect(is_pid(pid), label: "spawn_opt/2 plain")

{pid, ref} = :erlang.spawn_opt(fn -> exit(:boom) end, [:monitor])
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "DOWN")
end

Process.flag(:trap_exit, true)
pid = :erlang.spawn_opt(fn -> exit(:linked) end, [:link])
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT")
end

{pid, ref} = Process.spawn(fn -> exit(:both) end, [:link, :monitor])
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "both EXIT")
end
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "both DOWN")
end

defmodule Worker do
  def run(x), do: exit({:worker, x})
end

{pid, ref} = Process.spawn(Worker, :run, [1], [:monitor])
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "mfa DOWN")
end
{pid, ref} = :erlang.spawn_opt(Worker, :run, [2], [:monitor, {:priority, :normal}])
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "mfa opt DOWN")
end
pid = Process.spawn(fn -> receive do: (:go -> :ok) end, [{:fullsweep_after, 10}, {:min_heap_size, 233}])
IO.inspect(Process.alive?(pid), label: "alive with gc options")
send(pid, :go)

try do
  :erlang.spawn_opt(fn -> :ok end, [:bogus])
rescue
  e -> IO.inspect(e, label: "bad option")
end
try do
  Process.spawn(fn -> :ok end, :link)
rescue
  e -> IO.inspect(e, label: "not a list")
end
try do
  Process.spawn(fn -> :ok end, [{:priority, :urgent}])
rescue
  e -> IO.inspect(e, label: "bad priority")
end
