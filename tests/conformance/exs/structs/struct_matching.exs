defmodule Point do
  defstruct [:x, :y]

  def origin?(%Point{x: 0, y: 0}), do: true
  def origin?(%Point{}), do: false
end

defmodule Main do
  def run do
    IO.inspect(Point.origin?(%Point{x: 0, y: 0}))
    IO.inspect(Point.origin?(%Point{x: 1, y: 0}))
    %Point{x: x} = %Point{x: 5, y: 6}
    IO.inspect(x)
    IO.inspect(match?(%Point{}, %{x: 1, y: 2}))
    IO.inspect(match?(%{x: 1}, %Point{x: 1}))
    case %Point{x: 1, y: 2} do
      %{__struct__: mod} -> IO.inspect(mod)
    end
  end
end

Main.run()
