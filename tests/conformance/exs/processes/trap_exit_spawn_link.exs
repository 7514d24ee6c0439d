Process.flag(:trap_exit, true)
pid = spawn_link(fn -> exit(:boom) end)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "child exited")
end
pid2 = spawn_link(fn -> :ok end)
receive do
  {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "normal exit")
end
pid3 = spawn_link(fn -> receive do _ -> :ok end end)
Process.exit(pid3, :kill)
receive do
  {:EXIT, ^pid3, reason} -> IO.inspect(reason, label: "killed")
end
