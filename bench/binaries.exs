# Binaries taken apart and built a byte and a word at a time (the common, byte-aligned case),
# then the same data walked a bit at a time.
defmodule BinBench do
  def sum(<<b, rest::binary>>, acc), do: sum(rest, acc + b)
  def sum(<<>>, acc), do: acc

  def words(<<w::16, rest::binary>>, acc), do: words(rest, acc + w)
  def words(<<>>, acc), do: acc

  def ones(<<b::1, rest::bits>>, acc), do: ones(rest, acc + b)
  def ones(<<>>, acc), do: acc

  def build(0, acc), do: acc
  def build(n, acc), do: build(n - 1, [<<n::32, n::little-16>> | acc])
end

data = :binary.copy(<<1, 2, 3, 4, 5, 6, 7, 8>>, 20_000)

{us, result} =
  :timer.tc(fn ->
    s = BinBench.sum(data, 0) + BinBench.words(data, 0)
    built = IO.iodata_to_binary(BinBench.build(100_000, []))
    {s, byte_size(built), BinBench.ones(binary_part(data, 0, 20_000), 0)}
  end)

IO.inspect(result, label: "binaries")
IO.puts("time: #{div(us, 1000)} ms")
