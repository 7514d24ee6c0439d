# Using a variable that was never bound, inside a function.
defmodule Area do
  def square(side) do
    sid * side
  end
end
