r =
  try do
    Enum.each(1..10, fn x -> if x == 4, do: throw({:found, x}) end)
    :not_found
  catch
    {:found, x} -> {:caught, x}
  end
IO.inspect(r)
IO.inspect(catch_throw = (try do throw(:x) catch v -> v end))
IO.inspect(catch_throw)
