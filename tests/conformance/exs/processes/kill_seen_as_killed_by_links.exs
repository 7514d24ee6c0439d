Process.flag(:trap_exit, true)
parent = self()
middle = spawn_link(fn ->
  inner = spawn_link(fn -> receive do _ -> :ok end end)
  send(parent, {:inner, inner})
  receive do _ -> :ok end
end)
inner = receive do {:inner, p} -> p end
Process.exit(inner, :kill)
receive do
  {:EXIT, ^middle, reason} -> IO.inspect(reason, label: "middle exited with")
end
IO.inspect(Process.alive?(inner))
