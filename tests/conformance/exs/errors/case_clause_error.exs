x = 5
case x do
  1 -> :one
  2 -> :two
end
