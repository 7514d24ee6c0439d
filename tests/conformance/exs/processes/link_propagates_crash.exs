IO.puts("linking")
spawn_link(fn -> exit(:child_died) end)
Process.sleep(100)
IO.puts("never reached")
