# The ArgumentError messages of the external format and hashing natives.
attempts = [
  fn -> :erlang.binary_to_term("not a term") end,
  fn -> :erlang.binary_to_term(:atom) end,
  fn -> :erlang.binary_to_term(<<131, 97>>) end,
  fn -> :erlang.binary_to_term(<<131, 97, 1, 0>>) end,
  fn -> :erlang.binary_to_term(<<131, 97, 1>>, [:bad]) end,
  fn -> :erlang.binary_to_term(<<131, 97>>, [:safe]) end,
  fn -> :erlang.term_to_binary(1, [:bad]) end,
  fn -> :erlang.term_to_binary(1, minor_version: 7) end,
  fn -> :erlang.external_size(1, [:bad]) end,
  fn -> :erlang.phash2(1, 0) end,
  fn -> :erlang.phash2(1, :a) end,
  fn -> :erlang.md5(:a) end,
  fn -> :erlang.crc32([1, :b]) end,
  fn -> :crypto.hash(:nope, "x") end
]

for f <- attempts do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e) <> "\n--")
  end
end

:erlang.binary_to_term(<<131, 255>>)
