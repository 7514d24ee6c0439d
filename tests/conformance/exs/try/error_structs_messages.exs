cases = [
  fn -> 1 / 0 end,
  fn -> :erlang.error(:badarg) end,
  fn -> [] = [1] end,
  fn -> case 1 do 2 -> :ok end end,
  fn -> Map.fetch!(%{}, :a) end,
  fn -> apply(fn x -> x end, [1, 2]) end,
  fn -> apply(:not_fun, []) end,
  fn -> String.Chars.to_string({1}) end,
  fn -> List.first(:x) end,
  fn -> elem({}, 0) end,
  fn -> :erlang.error({:badmatch, 3}) end,
  fn -> raise KeyError, key: :x end,
  fn -> Integer.parse(nil) end
]
for f <- cases do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
