# foldl/3 and foldr/3 walk a table in first/next and last/prev order.
o = :ets.new(:o, [:ordered_set])
:ets.insert(o, [{:b, 2}, {:a, 1}, {:c, 3}])
IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], o), label: "ordered_set foldl")
IO.inspect(:ets.foldr(fn {k, _}, acc -> [k | acc] end, [], o), label: "ordered_set foldr")
IO.inspect(:ets.foldl(fn {_, v}, acc -> v + acc end, 0, o), label: "sum")

s = :ets.new(:s, [:set])
for i <- 1..10, do: :ets.insert(s, {i, i * 10})
IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], s), label: "set foldl")
IO.inspect(:ets.foldr(fn {k, _}, acc -> [k | acc] end, [], s), label: "set foldr")

b = :ets.new(:b, [:bag])
:ets.insert(b, {:x, 1})
:ets.insert(b, {:x, 2})
:ets.insert(b, {:y, 3})
IO.inspect(:ets.foldl(fn obj, acc -> [obj | acc] end, [], b), label: "bag foldl")

e = :ets.new(:e, [])
IO.inspect(:ets.foldl(fn _, _ -> :never end, :empty, e), label: "empty table")
IO.inspect(:ets.first(e), label: "first of an empty table")
IO.inspect(:ets.last(e), label: "last of an empty table")

:ets.foldl(fn {k, _}, acc -> if k == 5, do: raise("stop at #{k}"), else: acc end, 0, s)
