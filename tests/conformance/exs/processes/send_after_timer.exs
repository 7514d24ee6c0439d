Process.send_after(self(), :tick, 30)
IO.inspect(receive do
  :tick -> :tock
after
  1000 -> :timeout
end)
ref = Process.send_after(self(), :cancelled, 50)
IO.inspect(is_integer(Process.cancel_timer(ref)))
receive do
  :cancelled -> IO.puts("should not arrive")
after
  100 -> IO.puts("timer cancelled")
end
