Process.flag(:trap_exit, true)
dead = spawn(fn -> :ok end)
Process.sleep(10)
IO.inspect(Process.link(dead))
receive do
  {:EXIT, ^dead, reason} -> IO.inspect(reason, label: "linking to a dead process")
after
  50 -> IO.puts("no message")
end
