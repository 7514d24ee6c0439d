x = 1
IO.inspect(x)
1 = x
{a, b} = {:left, :right}
IO.inspect([a, b])
[first, second | rest] = [1, 2, 3, 4]
IO.inspect({first, second, rest})
[_ | tail] = [:dropped, :kept]
IO.inspect(tail)
x = 2
IO.inspect(x)
{_, _, third} = {1, 2, 3}
IO.inspect(third)
v = (y = 5) + 1
IO.inspect({v, y})
