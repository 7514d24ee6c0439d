IO.puts("spawning")
spawn(fn -> raise "crash in child" end)
Process.sleep(100)
IO.puts("parent still alive")
