# for comprehensions: generators, filters, into, reduce, uniq, bitstring generators.
IO.inspect(for x <- 1..5, do: x * x)
IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for x <- [1, 2, 2, 3, 3], uniq: true, do: x)
IO.inspect(for x <- 1..5, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for <<c <- "abc">>, do: c)
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c>>)
IO.inspect(for x <- ~w(a b c), into: "", do: String.upcase(x))
IO.inspect(for i <- 1..3, j <- i..3, i != j, do: {i, j})
IO.inspect(for n <- [1, 2, 3], x = n * 2, x > 2, do: x)
IO.inspect(for word <- ~w(hello world), char <- String.graphemes(word), into: MapSet.new(), do: char)
IO.inspect(for {name, age} <- [{"a", 20}, {"b", 15}], age >= 18, do: name)
IO.inspect(for x <- [], do: x)
multiplication = for i <- 1..3, into: %{}, do: {i, for(j <- 1..3, do: i * j)}
IO.inspect(multiplication)
