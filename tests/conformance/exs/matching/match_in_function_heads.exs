defmodule Shapes do
  def area({:circle, r}), do: 3 * r * r
  def area({:rect, w, h}), do: w * h
  def area({:square, s}), do: area({:rect, s, s})
end

IO.inspect(Shapes.area({:circle, 2}))
IO.inspect(Shapes.area({:rect, 3, 4}))
IO.inspect(Shapes.area({:square, 5}))
