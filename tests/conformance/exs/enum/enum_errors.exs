try do
  Enum.at(:not_enumerable, 0)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
try do
  Enum.fetch!([1], 5)
rescue
  e in Enum.OutOfBoundsError -> IO.puts(Exception.message(e))
end
try do
  Enum.reduce([], &+/2)
rescue
  e in Enum.EmptyError -> IO.puts(Exception.message(e))
end
