# Tables with write_concurrency have 64 bucket locks: they are walked lock by lock, and with
# decentralized counters they grow by each lock's count. Their locks show in their memory.
for type <- [:set, :bag, :ordered_set] do
for opts <- [[], [{:read_concurrency, true}], [{:write_concurrency, true}], [{:write_concurrency, true}, {:read_concurrency, true}], [{:write_concurrency, :auto}], [{:write_concurrency, :auto}, {:read_concurrency, true}], [{:write_concurrency, true}, {:decentralized_counters, true}], [{:write_concurrency, true}, {:decentralized_counters, false}], [:private, {:write_concurrency, true}]] do
  t = :ets.new(:t, [type | opts])
  IO.inspect({type, opts, :ets.info(t, :memory), :ets.info(t, :decentralized_counters)})
end
end
for opts <- [[:set], [:set, {:write_concurrency, true}], [:set, {:write_concurrency, :auto}], [:set, {:read_concurrency, true}], [:bag, {:write_concurrency, true}]] do
  t = :ets.new(:t, [:public | opts])
  for i <- 1..20, do: :ets.insert(t, {i})
  IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)), label: inspect(opts))
  walk = Stream.unfold(:ets.first(t), fn :"$end_of_table" -> nil; k -> {k, :ets.next(t, k)} end) |> Enum.to_list()
  IO.inspect(walk, label: "walk")
  IO.inspect(:ets.info(t, :memory), label: "memory")
end
for opts <- [[{:write_concurrency, true}], [{:write_concurrency, :auto}], [{:write_concurrency, true}, {:read_concurrency, true}]] do
  t = :ets.new(:big, [:public | opts])
  for i <- 1..1200, do: :ets.insert(t, {i * 37 - 400, :x})
  for i <- 1..1200, rem(i, 3) == 0, do: :ets.delete(t, i * 37 - 400)
  IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)) |> Enum.take(60), label: "#{inspect(opts)} first 60", limit: :infinity)
  IO.inspect(:ets.info(t, :memory), label: "memory")
  IO.inspect(:ets.info(t, :size), label: "size")
end
