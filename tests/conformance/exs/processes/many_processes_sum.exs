parent = self()
n = 1000
for i <- 1..n, do: spawn(fn -> send(parent, {:v, i}) end)
total = Enum.reduce(1..n, 0, fn _, acc -> receive do {:v, i} -> acc + i end end)
IO.inspect(total)
