l = [1, 2, 3, 4, 5, 6, 7]
IO.inspect(Enum.chunk_every(l, 2))
IO.inspect(Enum.chunk_every(l, 3, 1, :discard))
IO.inspect(Enum.chunk_every(l, 3, 3, [:pad]))
IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 1], & &1))
IO.inspect(Enum.group_by(~w(apple avocado banana cherry), &String.first/1))
IO.inspect(Enum.group_by([1, 2, 3, 4], &rem(&1, 2), &(&1 * 10)))
IO.inspect(Enum.chunk_while(1..10, [], fn i, acc ->
  if rem(i, 3) == 0, do: {:cont, Enum.reverse([i | acc]), []}, else: {:cont, [i | acc]}
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end))
