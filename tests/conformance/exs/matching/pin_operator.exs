x = 1
IO.inspect(match?(^x, 1))
IO.inspect(match?(^x, 2))
{^x, y} = {1, :ok}
IO.inspect(y)
list = [1, 2]
case [1, 2] do
  ^list -> IO.puts("pinned list matched")
  _ -> IO.puts("no")
end
f = fn
  ^x -> :same
  _ -> :different
end
IO.inspect({f.(1), f.(3)})
