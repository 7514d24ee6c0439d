# :timer.tc/1,2,3 times a function call: {microseconds, result}.
{t, v} = :timer.tc(fn -> Enum.sum(1..1000) end)
IO.inspect({is_integer(t) and t >= 0, v})
{t2, v2} = :timer.tc(fn x, y -> x * y end, [6, 7])
IO.inspect({is_integer(t2), v2})
{_, v3} = :timer.tc(Enum, :reverse, [[1, 2]])
IO.inspect(v3)
