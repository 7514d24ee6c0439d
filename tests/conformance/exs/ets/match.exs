# Patterns: match/2, match_object/2 and match_delete/2, with :_ and :"$N" variables.
t = :ets.new(:people, [:ordered_set])
:ets.insert(t, [
  {1, :ann, :admin, 34},
  {2, :ben, :user, 19},
  {3, :cat, :user, 51},
  {4, :dan, :guest, 19},
  {5, :eve, :admin, 27}
])
IO.inspect(:ets.match(t, {:"$1", :"$2", :admin, :_}), label: "ids and names of admins")
IO.inspect(:ets.match(t, {:_, :"$1", :_, 19}), label: "names of the 19 year olds")
IO.inspect(:ets.match(t, {:"$2", :"$1", :user, :_}), label: "variables come out in number order")
IO.inspect(:ets.match(t, {:_, :_, :user, :_}), label: "no variables")
IO.inspect(:ets.match(t, {:"$1", :_, :"$1", :_}), label: "repeated variable")
IO.inspect(:ets.match(t, {:_, :_}), label: "wrong size")
IO.inspect(:ets.match(t, :"$1") |> length(), label: "whole object variable")
IO.inspect(:ets.match_object(t, {:_, :_, :admin, :_}), label: "match_object")
IO.inspect(:ets.match_object(t, {3, :_, :_, :_}), label: "match_object by key")
IO.inspect(:ets.match_object(t, :_) |> length(), label: "match_object all")
IO.inspect(:ets.match_delete(t, {:_, :_, :guest, :_}), label: "match_delete")
IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 1)), label: "left")

n = :ets.new(:nested, [:set])
:ets.insert(n, [{:a, {1, 2}, [1, 2, 3], %{x: 1, y: 2}}, {:b, {1, 3}, [], %{x: 2}}])
IO.inspect(:ets.match(n, {:"$1", {1, :"$2"}, :_, :_}), label: "inside a tuple")
IO.inspect(:ets.match(n, {:"$1", :_, [:"$2" | :_], :_}), label: "inside a list")
IO.inspect(:ets.match(n, {:"$1", :_, :_, %{x: :"$2"}}), label: "inside a map")
IO.inspect(:ets.match(n, {:"$1", :_, :_, %{y: :_}}), label: "map key present")
IO.inspect(:ets.match_object(n, {:_, {:"$1", :"$1"}, :_, :_}), label: "same variable twice")

b = :ets.new(:bag, [:bag])
:ets.insert(b, [{:color, :red}, {:color, :blue}, {:size, :big}])
IO.inspect(:ets.match(b, {:color, :"$1"}), label: "bag match")
IO.inspect(:ets.match_delete(b, {:color, :red}), label: "bag match_delete")
IO.inspect(:ets.lookup(b, :color), label: "bag after match_delete")
