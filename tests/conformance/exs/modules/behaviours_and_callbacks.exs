defmodule Animal do
  @callback speak() :: String.t()
  def chorus(mods), do: Enum.map(mods, & &1.speak())
end

defmodule Dog do
  @behaviour Animal
  @impl true
  def speak, do: "woof"
end

defmodule Cat do
  @behaviour Animal
  @impl Animal
  def speak, do: "meow"
end

IO.inspect(Animal.chorus([Dog, Cat]))
