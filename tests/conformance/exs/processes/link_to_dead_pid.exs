dead = spawn(fn -> :ok end)
Process.sleep(10)
try do
  Process.link(dead)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  :erlang.link(dead)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :erlang.unlink(:foo)
rescue
  e -> IO.puts(Exception.message(e))
end
