defmodule Math.Geometry.Circle do
  def area(r), do: r * r * 3
end

defmodule UsesAlias do
  alias Math.Geometry.Circle
  alias Math.Geometry.Circle, as: C
  import List, only: [first: 1]
  require Integer

  def run do
    {Circle.area(2), C.area(1), first([:a, :b]), Integer.is_even(2)}
  end
end

IO.inspect(UsesAlias.run())
import String, only: [upcase: 1]
IO.inspect(upcase("top level import"))
