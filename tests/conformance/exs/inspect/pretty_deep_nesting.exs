tree = Enum.reduce(1..6, :leaf, fn i, acc -> %{level: i, children: [acc, acc]} end)
IO.inspect(tree, limit: :infinity)
