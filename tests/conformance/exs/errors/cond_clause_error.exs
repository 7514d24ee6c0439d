x = 5
cond do
  x > 10 -> :big
  x < 0 -> :negative
end
