defmodule HO do
  def compose(f, g), do: fn x -> g.(f.(x)) end
  def twice(f), do: compose(f, f)
end

inc = &(&1 + 1)
IO.inspect(HO.twice(inc).(5))
IO.inspect(HO.compose(&Integer.to_string/1, &String.length/1).(12345))
IO.inspect(Enum.map([&String.upcase/1, &String.reverse/1], fn f -> f.("abc") end))
