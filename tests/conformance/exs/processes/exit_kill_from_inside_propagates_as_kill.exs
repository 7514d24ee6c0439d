Process.flag(:trap_exit, true)
parent = self()
watcher = spawn_link(fn ->
  Process.flag(:trap_exit, true)
  child = spawn_link(fn -> exit(:kill) end)
  receive do
    {:EXIT, ^child, reason} -> send(parent, {:watcher_saw, reason})
  end
end)
receive do
  {:watcher_saw, reason} -> IO.inspect(reason, label: "a process that calls exit(:kill) is seen exiting with")
end
receive do
  {:EXIT, ^watcher, reason} -> IO.inspect(reason, label: "watcher")
end
