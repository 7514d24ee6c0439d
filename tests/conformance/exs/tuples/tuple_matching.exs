{:ok, value} = {:ok, 42}
IO.inspect(value)
{a, {b, c}} = {1, {2, 3}}
IO.inspect(a + b + c)
result = case {:error, :enoent} do
  {:ok, v} -> v
  {:error, reason} -> "failed: #{reason}"
end
IO.puts(result)
IO.inspect(:erlang.make_tuple(2, :x))
IO.inspect(:erlang.append_element({1}, 2))
