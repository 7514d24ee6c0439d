# A fixed table (safe_fixtable/2, and foldl/3 while it runs) lets a walk go on past keys
# deleted under it, and puts off growing its hash table until it is released.
t = :ets.new(:t, [:set])
for i <- 1..10, do: :ets.insert(t, {i, i})
r = :ets.foldl(fn {k, v}, acc -> :ets.delete(t, k); [v | acc] end, [], t)
IO.inspect(r, label: "deleting while folding")
IO.inspect(:ets.info(t, :size), label: "size after")
IO.inspect(:ets.info(t, :fixed), label: "fixed after foldl")

for i <- 1..10, do: :ets.insert(t, {i, i})
IO.inspect(:ets.safe_fixtable(t, true), label: "safe_fixtable")
{_, fixers} = :ets.info(t, :safe_fixed)
IO.inspect(fixers == [{self(), 1}], label: "safe_fixed lists the fixer")
IO.inspect(:ets.info(t, :fixed), label: "fixed")
:ets.delete(t, 3)
IO.inspect(:ets.next(t, 3), label: "next of a deleted key while fixed")
IO.inspect(:ets.member(t, 3), label: "member deleted while fixed")
IO.inspect(:ets.info(t, :size), label: "size while fixed")
:ets.insert(t, {3, :back})
IO.inspect(:ets.tab2list(t), label: "reinserted while fixed")
for i <- 11..300, do: :ets.insert(t, {i, i})
IO.inspect(:ets.safe_fixtable(t, false), label: "released")
IO.inspect(:ets.info(t, :fixed), label: "fixed after release")
IO.inspect(:ets.tab2list(t) |> Enum.take(8), label: "no growth while fixed")
:ets.insert(t, {301, 301})
IO.inspect(:ets.tab2list(t) |> Enum.take(8), label: "after one more insert")
for i <- 302..320, do: :ets.insert(t, {i, i})
IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)), label: "after more inserts", limit: :infinity)

try do
  :ets.next(t, 3000)
rescue
  e -> IO.puts("next of a missing key: " <> Exception.message(e))
end

b = :ets.new(:b, [:bag])
:ets.insert(b, [{:k, 1}, {:k, 2}, {:j, 1}])
r = :ets.foldl(fn {k, v}, acc -> :ets.delete(b, k); [{k, v} | acc] end, [], b)
IO.inspect(r, label: "bag deleting while folding")

d = :ets.new(:d, [:set])
:ets.insert(d, [{:a, 1}, {:b, 2}])
:ets.safe_fixtable(d, true)
:ets.delete_all_objects(d)
IO.inspect(:ets.next(d, :a), label: "next after delete_all_objects while fixed")
:ets.insert(d, {:c, 3})
IO.inspect(:ets.tab2list(d), label: "insert after delete_all_objects while fixed")
