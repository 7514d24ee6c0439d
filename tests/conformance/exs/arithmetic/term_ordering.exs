list = [:atom, 1, "bin", {1, 2}, [1], %{a: 1}, 2.5, self(), make_ref(), fn -> 1 end, {}, [], nil, true]
sorted = Enum.sort(list)
IO.puts(Enum.map_join(sorted, " | ", fn t ->
  cond do
    is_pid(t) -> "pid"
    is_reference(t) -> "ref"
    is_function(t) -> "fun"
    true -> inspect(t)
  end
end))
IO.inspect(:a < "a")
IO.inspect({1, 2} < {1, 2, 3})
IO.inspect({3} < {1, 2})
IO.inspect([1, 2] < [1, 3])
IO.inspect(%{a: 2} < %{b: 1})
IO.inspect(%{z: 1} < %{a: 1, b: 2})
