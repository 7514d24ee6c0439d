defprotocol Size do
  def size(data)
end

defimpl Size, for: BitString do
  def size(s), do: byte_size(s)
end

defimpl Size, for: Map do
  def size(m), do: map_size(m)
end

defimpl Size, for: Tuple do
  def size(t), do: tuple_size(t)
end

IO.inspect(Size.size("hello"))
IO.inspect(Size.size(%{a: 1}))
IO.inspect(Size.size({1, 2, 3}))
try do
  Size.size(1)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
