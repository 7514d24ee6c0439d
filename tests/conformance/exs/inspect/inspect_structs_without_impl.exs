defmodule Plain do
  defstruct a: 1, b: [1, 2]
end
defmodule Main do
  def run do
    IO.inspect(%Plain{})
    IO.inspect(%{__struct__: Plain, a: 1, b: 2})
    IO.inspect(%{__struct__: NotAModule, a: 1})
    IO.inspect([%Plain{a: :x}], label: "structs")
  end
end

Main.run()
