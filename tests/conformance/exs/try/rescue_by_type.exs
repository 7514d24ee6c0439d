zero = Function.identity(0)
key = Function.identity(:x)
not_a_string = Function.identity(1)
for f <- [fn -> 1 / zero end, fn -> Map.fetch!(%{}, key) end, fn -> raise "rt" end, fn -> String.to_atom(not_a_string) end] do
  msg =
    try do
      f.()
    rescue
      e in ArithmeticError -> "arith: " <> Exception.message(e)
      e in [KeyError, ArgumentError] -> "#{inspect(e.__struct__)}: " <> Exception.message(e)
      e -> "other: " <> Exception.message(e)
    end
  IO.puts(msg)
end
