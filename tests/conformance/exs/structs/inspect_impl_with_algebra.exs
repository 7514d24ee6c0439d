defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Bag do
  defstruct items: []
end

defimpl Inspect, for: Point do
  import Inspect.Algebra

  def inspect(%Point{x: x, y: y}, opts) do
    concat(["#Point<", to_doc(x, opts), ", ", to_doc(y, opts), ">"])
  end
end

defimpl Inspect, for: Bag do
  import Inspect.Algebra

  def inspect(%Bag{items: items}, opts) do
    container_doc("#Bag<", items, ">", opts, fn item, o -> to_doc(item, o) end)
  end
end

defmodule Main do
  def run do
    p = %Point{x: 1, y: -2}
    IO.inspect(p)
    IO.inspect({:ok, p}, label: "tuple")
    IO.puts("interpolated: #{inspect(p)}")
    IO.puts(inspect(%{where: p, list: [p, p]}))
    IO.inspect(%Bag{items: [p, :a, "s"]})
    IO.inspect(%Bag{items: []})
    IO.inspect(p, structs: false)
    IO.inspect([Enum.map(1..3, fn i -> %Point{x: i, y: i * i} end)])
  end
end

Main.run()
