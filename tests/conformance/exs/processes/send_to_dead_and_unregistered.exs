pid = spawn(fn -> :ok end)
Process.sleep(10)
IO.inspect(send(pid, :hello))
try do
  send(:nobody_here, :msg)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
