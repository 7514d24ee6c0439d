l = [1, 2, 3, 4, 5, 6]
IO.inspect(Enum.map(l, &(&1 * 3)))
IO.inspect(Enum.filter(l, &(rem(&1, 2) == 0)))
IO.inspect(Enum.reject(l, &(rem(&1, 2) == 0)))
IO.inspect(Enum.reduce(l, 0, &(&1 + &2)))
IO.inspect(Enum.reduce(l, fn x, acc -> x * acc end))
IO.inspect(Enum.map_reduce(l, 0, fn x, acc -> {x * 2, acc + x} end))
IO.inspect(Enum.flat_map(l, &[&1, -&1]))
