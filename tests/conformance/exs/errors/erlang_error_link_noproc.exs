dead = spawn(fn -> :ok end)
Process.sleep(10)
Process.link(dead)
