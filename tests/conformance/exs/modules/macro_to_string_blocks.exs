exprs = [
  quote(do: unless(x, do: y)),
  quote(do: (case x do
    1 -> :a
    _ -> :b
  end)),
  quote(do: def(foo(x), do: x)),
  quote(do: x[:a]),
  quote(do: %{map | a: 1}),
  quote(do: [1, 2 | rest]),
  quote(do: <<1, 2>>),
  quote(do: {:ok, x} = y),
  quote(do: ~w(a b)),
  quote(do: fn
    1 -> :a
    _ -> :b
  end),
  quote(do: IO.puts("hi")),
  quote(do: a.b.c),
  quote(do: if(x > 1, do: :big)),
  quote(do: 'abc'),
  quote(do: [1, [2, 3]]),
  quote(do: x in [1, 2]),
  quote(do: not (a and b)),
  quote(do: -(1 + 2)),
  quote(do: &Enum.map(&1, &2)),
  quote(do: Enum.map(1..3, &(&1 * 2))),
  quote(do: send(pid, {:msg, self()})),
  quote(do: (receive do
    {:ok, x} -> x
  after
    100 -> :timeout
  end)),
  quote(do: %{"a" => 1}),
  quote(do: a <> b <> c),
  quote(do: a ++ b ++ c),
  quote(do: (a ++ b) ++ c),
  quote(do: 1 + 2 * 3 - 4 / 5),
  quote(do: 2 ** 3),
  quote(do: nil),
  quote(do: true and false),
  quote(do: {}),
  quote(do: %{}),
  quote(do: []),
  quote(do: ""),
]
for e <- exprs, do: IO.puts(Macro.to_string(e) <> "|")
