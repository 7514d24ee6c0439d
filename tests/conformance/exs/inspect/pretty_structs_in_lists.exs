defmodule Item do
  defstruct [:id, :name, :price, tags: []]
end

defmodule Main do
  def run do
    items = for i <- 1..3, do: %Item{id: i, name: "Item number #{i}", price: i * 9.99, tags: [:sale, :new]}
    IO.inspect(items)
    IO.inspect(%{cart: items, total: 59.94})
  end
end

Main.run()
