up = &String.upcase/1
IO.inspect(up.("abc"))
IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)))
IO.inspect(Enum.map([1, 2], &{&1, &1}))
IO.inspect(Enum.reduce([1, 2, 3], &+/2))
add = &(&1 + &2)
IO.inspect(add.(3, 4))
IO.inspect(&String.upcase/1)
IO.inspect(&Enum.map/2)
IO.inspect((&Kernel.is_atom/1).(:a))
defmodule Caps do
  def twice(x), do: x * 2
  def run, do: Enum.map([1, 2], &twice/1)
end
IO.inspect(Caps.run())
IO.inspect(&Caps.twice/1)
