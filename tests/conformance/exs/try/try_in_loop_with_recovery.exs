parse = fn s ->
  try do
    {:ok, String.to_integer(s)}
  rescue
    ArgumentError -> {:error, s}
  end
end
IO.inspect(Enum.map(["1", "x", "42", ""], parse))
