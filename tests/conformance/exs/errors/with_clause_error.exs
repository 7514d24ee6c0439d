with {:ok, x} <- {:ok, 1},
     {:ok, y} <- {:error, :nope} do
  x + y
else
  {:error, :other} -> :handled
end
