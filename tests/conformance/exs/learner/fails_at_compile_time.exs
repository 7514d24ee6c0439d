# Calls the compiler can see will fail are warned about, except on the right of a match.
defmodule Risky do
  def head, do: hd([])
  def div_zero(x), do: div(x, 0)
  def bound do
    x = length(:not_a_list)
    x
  end
end

x = 1 + :a
f = fn -> hd([]) end
IO.inspect(is_function(f))
try do
  IO.inspect(tuple_size(:a))
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(x)
