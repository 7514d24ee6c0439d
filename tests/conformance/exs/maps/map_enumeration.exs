m = %{a: 1, b: 2, c: 3}
IO.inspect(Enum.map(m, fn {k, v} -> {k, v * 10} end) |> Map.new())
IO.inspect(for {k, v} <- m, into: %{}, do: {v, k})
IO.inspect(Enum.reduce(m, 0, fn {_k, v}, acc -> v + acc end))
IO.inspect(Enum.filter(m, fn {_k, v} -> rem(v, 2) == 1 end))
IO.inspect(Map.to_list(m))
IO.inspect(Enum.count(m))
IO.inspect(Enum.member?(m, {:a, 1}))
