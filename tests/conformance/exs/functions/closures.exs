make_counter = fn start -> fn inc -> start + inc end end
c = make_counter.(10)
IO.inspect(c.(1))
IO.inspect(c.(5))
x = 1
f = fn -> x end
x = 2
IO.inspect({f.(), x})
adders = for n <- 1..3, do: fn m -> n + m end
IO.inspect(Enum.map(adders, & &1.(10)))
