for m <- [{:log, 1}, {:reply, :a}, {:log, 2}, {:other, :x}, {:reply, :b}, {:log, 3}], do: send(self(), m)

take = fn tag ->
  receive do
    {^tag, v} -> v
  after
    0 -> :none
  end
end

IO.inspect(take.(:reply))
IO.inspect(take.(:reply))
IO.inspect(take.(:reply))
IO.inspect(Process.info(self(), :messages))
IO.inspect(take.(:log))
send(self(), {:log, 4})
IO.inspect(Process.info(self(), :messages))
all = for _ <- 1..4, do: (receive do m -> m end)
IO.inspect(all)
IO.inspect(Process.info(self(), :message_queue_len))
