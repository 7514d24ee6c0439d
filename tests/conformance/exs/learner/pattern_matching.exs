# Pattern matching: destructuring, pin, underscore, and MatchError.
{a, b} = {1, 2}
IO.inspect(a + b)
[head | tail] = [:x, :y, :z]
IO.inspect({head, tail})
%{id: id} = %{id: 7, name: "n"}
IO.inspect(id)
{:ok, %{items: [first | _]}} = {:ok, %{items: [10, 20]}}
IO.inspect(first)
x = 1
^x = 1
{_, _, third} = {1, 2, 3}
IO.inspect(third)
_ignored = :value
[_, second] = [1, 2]
IO.inspect(second)
{:error, reason} = {:error, :enoent}
IO.inspect(reason)
"prefix-" <> suffix = "prefix-rest"
IO.inspect(suffix)
[a, a] = [5, 5]
IO.inspect(a)
swap = fn {l, r} -> {r, l} end
IO.inspect(swap.({:left, :right}))
{:ok, value} = {:error, "oops"}
IO.inspect(value)
