send(self(), {:b, 1})
send(self(), {:a, 2})
send(self(), {:b, 3})
receive do
  {:a, v} -> IO.inspect({:first_a, v})
end
receive do
  {:b, v} -> IO.inspect({:first_b, v})
end
receive do
  msg -> IO.inspect({:remaining, msg})
end
{:messages, msgs} = Process.info(self(), :messages)
IO.inspect(msgs)
