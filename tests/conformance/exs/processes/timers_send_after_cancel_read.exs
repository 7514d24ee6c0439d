ref = Process.send_after(self(), :late, 200)
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left > 100 and left <= 200, label: "read_timer")
IO.inspect(is_integer(Process.cancel_timer(ref)), label: "cancel returns the time left")
IO.inspect(Process.cancel_timer(ref), label: "cancel again")
IO.inspect(Process.read_timer(ref), label: "read a cancelled timer")

fired = Process.send_after(self(), :soon, 10)
receive do
  :soon -> IO.puts("fired")
end
IO.inspect(Process.cancel_timer(fired), label: "cancel a fired timer")

{:ok, tref} = :timer.send_after(10, :erlang_timer)
IO.inspect(is_tuple(tref) or is_reference(tref), label: ":timer.send_after ok")
receive do
  :erlang_timer -> IO.puts(":timer.send_after/2 delivered")
end
{:ok, _} = :timer.send_after(10, self(), :to_pid)
receive do
  :to_pid -> IO.puts(":timer.send_after/3 delivered")
end
{:ok, cancelme} = :timer.send_after(20, :never)
IO.inspect(:timer.cancel(cancelme), label: ":timer.cancel")
receive do
  :never -> IO.puts("should not arrive")
after
  50 -> IO.puts("cancelled :timer message never came")
end

Process.register(self(), :me)
Process.send_after(:me, :by_name, 5)
receive do
  :by_name -> IO.puts("send_after to a registered name")
end
t = Process.send_after(self(), :order_b, 20)
Process.send_after(self(), :order_a, 10)
for _ <- 1..2, do: receive(do: (m -> IO.inspect(m)))
IO.inspect(Process.cancel_timer(t))
