r =
  try do
    :erlang.binary_to_atom(123, :utf8)
  rescue
    e -> e
  end
IO.inspect(r)
r2 =
  try do
    :lists.nth(10, [1])
  rescue
    e -> e.__struct__
  end
IO.inspect(r2)
r3 = try do
  :erlang.error({:custom, :reason})
rescue
  e in ErlangError -> e
end
IO.inspect(r3)
IO.puts(Exception.message(r3))
