classify = fn x ->
  case x do
    n when is_integer(n) and n < 0 -> :negative
    0 -> :zero
    n when is_integer(n) -> :positive
    f when is_float(f) -> :float
    s when is_binary(s) and byte_size(s) > 3 -> :long_string
    s when is_binary(s) -> :short_string
    l when is_list(l) and length(l) == 0 -> :empty_list
    {_, _} = t when elem(t, 0) == :ok -> :ok_pair
    m when is_map_key(m, :id) -> :has_id
    _ -> :other
  end
end

for v <- [-1, 0, 5, 2.5, "hello", "hi", [], {:ok, 1}, %{id: 1}, :atom], do: IO.inspect(classify.(v))
