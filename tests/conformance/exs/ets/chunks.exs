# select/3, match/3 and match_object/3 return a chunk at a time with a continuation.
o = :ets.new(:o, [:ordered_set])
for i <- 1..7, do: :ets.insert(o, {i, rem(i, 2)})
{r1, c1} = :ets.select(o, [{{:"$1", :_}, [], [:"$1"]}], 3)
IO.inspect(r1, label: "first chunk")
{r2, c2} = :ets.select(c1)
IO.inspect(r2, label: "second chunk")
IO.inspect(:ets.select(c2), label: "last chunk")
IO.inspect(:ets.select(o, [{{:"$1", :_}, [{:>, :"$1", 10}], [:"$1"]}], 3), label: "nothing")
{r, c} = :ets.select(o, [{{:"$1", :_}, [], [:"$1"]}], 7)
IO.inspect(r, label: "all in one full chunk")
IO.inspect(:ets.select(c), label: "after a full last chunk")
{r, c} = :ets.select_reverse(o, [{{:"$1", :_}, [], [:"$1"]}], 4)
IO.inspect(r, label: "select_reverse")
IO.inspect(:ets.select_reverse(c), label: "select_reverse rest")
{r, c} = :ets.match(o, {:"$1", 1}, 2)
IO.inspect(r, label: "match")
IO.inspect(:ets.match(c) |> elem(0), label: "match rest")
{r, c} = :ets.match_object(o, {:_, 0}, 2)
IO.inspect(r, label: "match_object")
IO.inspect(:ets.match_object(c) |> elem(0), label: "match_object rest")

s = :ets.new(:s, [:set])
for i <- 1..18, do: :ets.insert(s, {i})
{r1, c} = :ets.select(s, [{{:"$1"}, [], [:"$1"]}], 5)
IO.inspect(r1, label: "set chunk 1")
{r2, c} = :ets.select(c)
IO.inspect(r2, label: "set chunk 2")
{r3, c} = :ets.select(c)
IO.inspect(r3, label: "set chunk 3")
IO.inspect(:ets.select(c), label: "set chunk 4")
b = :ets.new(:b, [:set])
:ets.insert(b, [{:a}, {:aQ}, {:b}, {:c}])
{x, c} = :ets.select(b, [{{:"$1"}, [], [:"$1"]}], 1)
IO.inspect(x, label: "one at a time")
{x, c} = :ets.select(c)
IO.inspect(x, label: "one at a time")
{x, c} = :ets.select(c)
IO.inspect(x, label: "one at a time")
{x, c} = :ets.select(c)
IO.inspect(x, label: "one at a time")
IO.inspect(:ets.select(c), label: "one at a time, end")
IO.inspect(:ets.select(:"$end_of_table"), label: "select of the end")

try do
  :ets.select(:bad)
rescue
  e -> IO.puts("bad continuation: " <> Exception.message(e))
end

try do
  :ets.select(o, [{:_, [], [true]}], 0)
rescue
  e -> IO.puts("limit 0: " <> Exception.message(e))
end

try do
  :ets.select(o, :bad, :x)
rescue
  e -> IO.puts("bad spec and limit: " <> Exception.message(e))
end

# Continuations into a deleted table, or of another kind, are invalid.
t2 = :ets.new(:t2, [:ordered_set])
for i <- 1..5, do: :ets.insert(t2, {i})
{_, c} = :ets.select(t2, [{:_, [], [:"$_"]}], 2)
{_, c2} = :ets.match(t2, :"$1", 2)
:ets.delete(t2)
IO.inspect(try do :ets.select(c) rescue e -> Exception.message(e) end)
IO.inspect(try do :ets.match(c2) rescue e -> Exception.message(e) end)
IO.inspect(try do :ets.match(c) rescue e -> Exception.message(e) end)
IO.inspect(try do :ets.match_object(:bad) rescue e -> Exception.message(e) end)
IO.inspect(try do :ets.select_reverse(:bad) rescue e -> Exception.message(e) end)

# A hash table is traversed a bucket at a time: :a, :aQ and :bA share a bucket, so a chunk of
# two leaves :bA waiting in the continuation, even if it is deleted before the next call.
t3 = :ets.new(:t3, [:set])
:ets.insert(t3, [{:a}, {:aQ}, {:bA}, {:b}, {:c}])
{r, c} = :ets.select(t3, [{{:"$1"}, [], [:"$1"]}], 2)
IO.inspect(r, label: "bucket chunk 1")
{r, c} = :ets.select(c)
IO.inspect(r, label: "bucket chunk 2")
:ets.insert(t3, {:cQ})
:ets.delete(t3, :b)
IO.inspect(:ets.select(c) |> elem(0), label: "after an insert and a delete")
{_, c} = :ets.select(t3, [{{:"$1"}, [], [:"$1"]}], 2)
:ets.delete(t3, :bA)
IO.inspect(:ets.select(c) |> elem(0), label: "a deleted object still waiting")
{r, c} = :ets.match(t3, {:"$1"}, 1)
IO.inspect(r, label: "one at a time from a shared bucket")
IO.inspect(:ets.match(c) |> elem(0), label: "the next from the same bucket")
