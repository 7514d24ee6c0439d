# A module of guards, imported (or required) by the modules that use them.
defmodule Guards do
  defguard is_adult(age) when is_integer(age) and age >= 18
  defguard in_range(x, low, high) when x >= low and x <= high
end

defmodule People do
  import Guards

  def label(%{age: age}) when is_adult(age), do: :adult
  def label(%{age: age}) when in_range(age, 13, 17), do: :teen
  def label(_), do: :child

  def grown?(age), do: is_adult(age)
end

defmodule Ranges do
  require Guards

  def check(x) when Guards.in_range(x, 1, 5), do: :low
  def check(x) when Guards.in_range(x, 6, 10), do: :high
  def check(_), do: :out

  def between?(x), do: Guards.in_range(x, 0, 100)
end

IO.inspect(Enum.map([%{age: 30}, %{age: 15}, %{age: 4}, %{age: "?"}], &People.label/1))
IO.inspect({People.grown?(20), People.grown?(12), People.grown?(:old)})
IO.inspect(Enum.map([0, 3, 7, 11], &Ranges.check/1))
IO.inspect({Ranges.between?(50), Ranges.between?(-1)})
IO.inspect(Guards.__info__(:macros))
IO.inspect(Guards.__info__(:functions))
