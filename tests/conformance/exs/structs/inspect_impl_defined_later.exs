# An Inspect implementation counts from the moment its module is defined.
defmodule Later do
  defstruct n: 1
end

IO.inspect([struct(Later)])

defimpl Inspect, for: Later do
  def inspect(%{n: n}, _opts), do: "#Later<#{n}>"
end

IO.inspect([struct(Later)])
IO.inspect(Enum.to_list(1..100_000), limit: 3)
