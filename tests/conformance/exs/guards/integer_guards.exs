# Integer.is_even/1 and is_odd/1 are guards: required or imported, they work in guards and
# outside them.
defmodule Parity do
  require Integer

  def describe(n) when Integer.is_even(n), do: "#{n} is even"
  def describe(n) when Integer.is_odd(n), do: "#{n} is odd"
  def describe(other), do: "#{inspect(other)} is not an integer"
end

import Integer, only: [is_odd: 1]

IO.puts(Parity.describe(10))
IO.puts(Parity.describe(7))
IO.puts(Parity.describe(-3))
IO.puts(Parity.describe(1.5))
IO.inspect(Enum.filter(1..10, fn x -> is_odd(x) end))
case 5 do
  x when is_odd(x) -> IO.puts("odd in case")
end
