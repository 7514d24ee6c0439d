# A protocol with implementations for structs and built-in types, and the error for a type
# without one.
defprotocol Describe do
  def describe(value)
end

defmodule Dog do
  defstruct name: "Rex"
end

defimpl Describe, for: Dog do
  def describe(%Dog{name: name}), do: "a dog called #{name}"
end

defimpl Describe, for: Integer do
  def describe(n) when n < 0, do: "a negative number"
  def describe(n), do: "the number #{n}"
end

defimpl Describe, for: List do
  def describe(list), do: "a list of #{length(list)}"
end

defimpl Describe, for: Map do
  def describe(map), do: "a map with #{map_size(map)} keys"
end

defprotocol Size do
  @fallback_to_any true
  def size(value)
end

defimpl Size, for: Any do
  def size(_), do: :unknown
end

defimpl Size, for: BitString do
  def size(s), do: byte_size(s)
end

defimpl String.Chars, for: Dog do
  def to_string(%Dog{name: name}), do: "Dog(#{name})"
end

defimpl Inspect, for: Dog do
  def inspect(%Dog{name: name}, _opts), do: "#Dog<#{name}>"
end

IO.puts(Describe.describe(%Dog{}))
IO.puts(Describe.describe(-5))
IO.puts(Describe.describe(7))
IO.puts(Describe.describe([1, 2]))
IO.puts(Describe.describe(%{a: 1}))
IO.inspect({Size.size("hello"), Size.size(:atom), Size.size(%Dog{})})
IO.puts("I have #{%Dog{name: "Fido"}}")
IO.inspect(%Dog{name: "Fido"})
IO.inspect([%Dog{}, %Dog{name: "B"}])
IO.inspect(Describe.impl_for(1.5))
IO.inspect(Describe.impl_for(%Dog{}))
Describe.describe(1.5)
