parent = self()
for {name, delay} <- [c: 60, a: 20, b: 40] do
  spawn(fn ->
    Process.sleep(delay)
    send(parent, name)
  end)
end
order = for _ <- 1..3, do: (receive do x -> x end)
IO.inspect(order)
