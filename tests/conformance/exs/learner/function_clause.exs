# No clause matches: FunctionClauseError shows the arguments and the clauses tried.
defmodule Shape do
  def area({:square, side}), do: side * side
  def area({:circle, r}) when r > 0, do: 3.14 * r * r
end

IO.inspect(Shape.area({:square, 3}))
Shape.area({:triangle, 1, 2})
