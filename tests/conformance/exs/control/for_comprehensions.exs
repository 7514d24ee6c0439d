IO.inspect(for x <- [1, 2, 3], do: x * 2)
IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
IO.inspect(for x <- [1, 2], y <- [:a, :b], do: {x, y})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for x <- [1, 2, 3], into: %{}, do: {x, x * x})
IO.inspect(for c <- ~w(a b c), into: "", do: String.upcase(c))
IO.inspect(for x <- 1..3, y <- 1..3, x < y, do: x * 10 + y)
IO.inspect(for <<b <- "hi">>, do: b + 1)
IO.inspect(for x <- [1, 2, 3], reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- [3, 1, 2, 3, 1], uniq: true, do: x)
IO.inspect(for x <- [1, 2], y = x * 10, do: y)
