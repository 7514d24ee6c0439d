# The same mistakes written with literal values: the compiler warns of the calls it can see
# will fail, then the script prints the messages.
defmodule Errors do
  def only_ints(x) when is_integer(x), do: x
  # Values from a call, so that the compiler cannot see the failures coming.
  def id(x), do: x
  def try(f) do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}\n--")
  end
end

Errors.try(fn -> 1 + String.to_integer("1") + :a end)
Errors.try(fn -> Errors.only_ints("1") end)
Errors.try(fn -> {:ok, x} = {:error, :nope}; x end)
Errors.try(fn -> Map.fetch!(%{a: 1}, :b) end)
Errors.try(fn -> %{a: 1}.b end)
Errors.try(fn -> Keyword.fetch!([a: 1], :b) end)
Errors.try(fn -> Enum.map(:not_enumerable, & &1) end)
Errors.try(fn -> String.to_integer("12x") end)
Errors.try(fn -> (fn a, b -> a + b end).(1) end)
Errors.try(fn -> case :x do :y -> 1 end end)
Errors.try(fn -> cond do 1 > 2 -> :no end end)
Errors.try(fn -> Enum.fetch!([1], 5) end)
Errors.try(fn -> hd([]) end)
Errors.try(fn -> elem({1}, 3) end)
Errors.try(fn -> 1 / 0 end)
Errors.try(fn -> List.first(:x) end)
Errors.try(fn -> String.upcase(:atom) end)
Errors.try(fn -> one = 1; "abc" <> one end)
Errors.try(fn -> apply(String, :nope, [1]) end)
Errors.try(fn -> raise "custom" end)
Errors.try(fn -> raise ArgumentError, "bad thing" end)
Errors.try(fn -> Integer.parse(1) end)
Errors.try(fn -> [1, 2] ++ :a ++ [3] end)
Errors.try(fn -> :atom.field end)
Errors.try(fn -> Map.get(:not_a_map, :a) end)
Errors.try(fn -> Enum.at([1, 2], "1") end)
Errors.try(fn -> String.split(123) end)
Errors.try(fn -> Atom.to_string("str") end)
Errors.try(fn -> put_elem({1, 2}, 5, :x) end)
Errors.try(fn -> Enum.reduce([], fn x, acc -> x + acc end) end)
Errors.try(fn -> Enum.max([]) end)
