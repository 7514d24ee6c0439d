pid = spawn(fn -> receive do :go -> exit(:done) end end)
ref = Process.monitor(pid)
IO.inspect(Process.info(self(), :monitors) == {:monitors, [process: pid]}, label: "monitors")
IO.inspect(Process.info(pid, :monitored_by) == {:monitored_by, [self()]}, label: "monitored_by")
send(pid, :go)
Process.sleep(20)
IO.inspect(Process.info(self(), :message_queue_len), label: "DOWN waiting")
IO.inspect(Process.demonitor(ref, [:flush]), label: "demonitor flush")
IO.inspect(Process.info(self(), :message_queue_len), label: "after flush")
IO.inspect(Process.info(self(), :monitors), label: "monitors after")

pid2 = spawn(fn -> receive do :go -> exit(:done) end end)
ref2 = Process.monitor(pid2)
IO.inspect(Process.demonitor(ref2, [:info]), label: "demonitor info, active")
IO.inspect(Process.demonitor(ref2, [:info]), label: "demonitor info, again")
Process.exit(pid2, :kill)

named = spawn(fn -> receive do :go -> exit(:named_done) end end)
Process.register(named, :watched)
nref = Process.monitor(:watched)
send(:watched, :go)
receive do
  {:DOWN, ^nref, :process, item, reason} -> IO.inspect({item, reason}, label: "monitor by name")
end
gone = Process.monitor(:not_registered)
receive do
  {:DOWN, ^gone, :process, item, reason} -> IO.inspect({item, reason}, label: "monitor unknown name")
end
two = spawn(fn -> receive do :go -> :ok end end)
r1 = Process.monitor(two)
r2 = Process.monitor(two)
IO.inspect(r1 == r2, label: "two monitors, same ref")
send(two, :go)
for r <- [r1, r2] do
  receive do
    {:DOWN, ^r, :process, _, reason} -> IO.inspect(reason, label: "each monitor gets a DOWN")
  end
end
