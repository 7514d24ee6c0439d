words = ~w(the quick brown fox jumps over the lazy dog the end)
counts = Enum.reduce(words, %{}, fn w, acc -> Map.update(acc, w, 1, &(&1 + 1)) end)
IO.inspect(counts)
IO.inspect(counts |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(3))
