defmodule Math do
  def sqrt(x) when is_number(x) and x >= 0, do: :math.sqrt(x)
end

IO.inspect(Math.sqrt(4))
Math.sqrt(-1)
