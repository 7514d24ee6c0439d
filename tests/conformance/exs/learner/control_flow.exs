# case, cond, if/unless and the values they return.
classify = fn
  n when n < 0 -> :negative
  0 -> :zero
  n when rem(n, 2) == 0 -> :even
  _ -> :odd
end

IO.inspect(Enum.map([-1, 0, 2, 3], classify))

grade = fn score ->
  cond do
    score >= 90 -> "A"
    score >= 80 -> "B"
    score >= 70 -> "C"
    true -> "F"
  end
end

IO.inspect(Enum.map([95, 85, 72, 10], grade))

response = {:ok, %{status: 200, body: "hi"}}

case response do
  {:ok, %{status: 200, body: body}} -> IO.puts("OK: #{body}")
  {:ok, %{status: status}} -> IO.puts("status #{status}")
  {:error, reason} -> IO.puts("error #{inspect(reason)}")
end

IO.inspect(if true, do: :yes, else: :no)
IO.inspect(if nil, do: :yes)
IO.inspect(unless false, do: :ran)
x = if 1 > 2, do: "bigger", else: "smaller"
IO.puts(x)
IO.inspect(nil || :default)
IO.inspect(false && :never)
IO.inspect(:a && :b)
IO.inspect(!nil)
IO.inspect(not true)
IO.inspect(1 in [1, 2, 3])
IO.inspect(is_nil(nil) and true)
value = 7

message =
  case value do
    v when v in 1..5 -> "small"
    v when v in 6..10 -> "medium"
    _ -> "large"
  end

IO.puts(message)
IO.inspect(match?({:ok, _}, {:ok, 1}))
true and :not_boolean |> IO.inspect()
1 and true
