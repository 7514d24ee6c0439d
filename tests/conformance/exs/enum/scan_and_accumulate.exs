IO.inspect(Enum.scan(1..5, &(&1 + &2)))
IO.inspect(Enum.scan(1..3, 10, &(&1 + &2)))
IO.inspect(Enum.reduce_while(1..100, 0, fn x, acc ->
  if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x}
end))
IO.inspect(Enum.each([1, 2], &IO.inspect/1))
IO.inspect(Enum.random([42]))
IO.inspect(Enum.count_until(1..100, 5))
