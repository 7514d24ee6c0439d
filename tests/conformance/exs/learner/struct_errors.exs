# Struct mistakes: unknown keys, enforced keys, and Access on a struct.
defmodule Point do
  @enforce_keys [:x]
  defstruct [:x, y: 0]
end

IO.inspect(%Point{x: 1})
try do
  struct!(Point, y: 2)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Point.__struct__(z: 1) |> IO.inspect()
rescue
  e -> IO.puts(Exception.message(e))
end
p = %Point{x: 1}
try do
  p[:x]
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Map.get(p, :x))
IO.inspect(p.y)
p.z
