describe = fn n ->
  cond do
    n < 0 -> "negative"
    n == 0 -> "zero"
    rem(n, 2) == 0 -> "even"
    true -> "odd"
  end
end
Enum.each([-1, 0, 4, 7], &IO.puts(describe.(&1)))
x = cond do
  nil -> :not_here
  "truthy" -> :here
end
IO.inspect(x)
