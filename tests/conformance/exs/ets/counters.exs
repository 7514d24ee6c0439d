# update_counter in all its forms, and update_element.
t = :ets.new(:counters, [:set])
:ets.insert(t, {:hits, 0, 10, 100})
IO.inspect(:ets.update_counter(t, :hits, 1), label: "incr")
IO.inspect(:ets.update_counter(t, :hits, -5), label: "decr")
IO.inspect(:ets.update_counter(t, :hits, {3, 2}), label: "{pos, incr}")
IO.inspect(:ets.update_counter(t, :hits, {4, 10, 105, 0}), label: "threshold reached: reset")
IO.inspect(:ets.update_counter(t, :hits, {4, 3, 105, 0}), label: "threshold not reached")
IO.inspect(:ets.update_counter(t, :hits, {2, -10, -3, -3}), label: "lower threshold")
IO.inspect(:ets.update_counter(t, :hits, [{2, 1}, {3, 1}, {2, 1}]), label: "list of ops")
IO.inspect(:ets.update_counter(t, :hits, []), label: "empty list of ops")
IO.inspect(:ets.lookup(t, :hits), label: "object")
IO.inspect(:ets.update_counter(t, :new, 5, {:new, 100}), label: "default")
IO.inspect(:ets.lookup(t, :new), label: "default inserted")
IO.inspect(:ets.update_counter(t, :new, 5, {:ignored, 0}), label: "default ignored")
IO.inspect(:ets.update_counter(t, :other, {3, 1}, {:other, 0, 7}), label: "default with position")
IO.inspect(:ets.lookup(t, :other), label: "default object")
IO.inspect(:ets.update_counter(t, :big, 1, {:big, 576460752303423487}), label: "into a bignum")

o = :ets.new(:o, [:ordered_set])
:ets.insert(o, {1, 0})
IO.inspect(:ets.update_counter(o, 1.0, 1), label: "ordered_set key 1.0")
IO.inspect(:ets.lookup(o, 1), label: "ordered_set object")

IO.inspect(:ets.update_element(t, :hits, {3, :changed}), label: "update_element")
IO.inspect(:ets.update_element(t, :hits, [{2, :a}, {4, :b}]), label: "update_element list")
IO.inspect(:ets.lookup(t, :hits), label: "updated object")
IO.inspect(:ets.update_element(t, :missing, {2, 0}), label: "update_element missing")
IO.inspect(:ets.update_element(t, :hits, []), label: "update_element empty list")

# A bare increment is for the element after the key, wherever the key is.
k = :ets.new(:k, [keypos: 2])
:ets.insert(k, {5, :k, 7})
IO.inspect(:ets.update_counter(k, :k, 1), label: "keypos 2")
IO.inspect(:ets.update_counter(k, :j, 1, {0, :x, 0}), label: "keypos 2 with default")
IO.inspect(:ets.lookup(k, :j), label: "default object gets the key")
k3 = :ets.new(:k3, [keypos: 3])
:ets.insert(k3, {1, 2, :k})

try do
  :ets.update_counter(k3, :k, 1)
rescue
  e -> IO.puts("keypos 3, last element: " <> Exception.message(e))
end
