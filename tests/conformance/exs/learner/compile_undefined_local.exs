# Calling a local function that does not exist.
defmodule Calc do
  def double(x), do: times(x, 2)
end
