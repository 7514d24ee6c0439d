f = fn x ->
  try do
    1 / x
  rescue
    ArithmeticError -> :infinity
  else
    y when y > 0.5 -> {:big, y}
    y -> {:small, y}
  end
end
IO.inspect(f.(0))
IO.inspect(f.(1))
IO.inspect(f.(4))
