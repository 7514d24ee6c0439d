# term_to_binary/1,2 writes the external term format byte for byte as OTP 25 does, and
# binary_to_term/1,2 reads it back (funs, pids and references included).
terms = [:a, :"日本", :é, :"hello world", nil, true, 0, 1, 255, 256, 300, -1, -255, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**64, -(2**64), 2**2100, 1.5, -0.0, 0.1, 1.0e300, 123456.789,
  "", "ab", "héllo", <<0, 255>>, [], [1,2], 'hello', [1000], [1|2], [:a, "b" | :c], [[]], Enum.to_list(1..300), {}, {1}, {:ok, {1, 2}}, Tuple.duplicate(0, 300), %{}, %{b: 1, a: 2}, %{"x" => [1], 1 => :one, {1} => 1.0},
  Map.new(1..40, &{&1, &1}), Map.new(1..33, &{"k#{&1}", &1}), &Enum.map/2, &:lists.reverse/1, String.to_atom(String.duplicate("x", 255)), String.to_atom(String.duplicate("é", 200))]
for t <- terms do
  bin = :erlang.term_to_binary(t)
  IO.inspect(bin, limit: :infinity)
  IO.inspect({:erlang.external_size(t) == byte_size(bin), :erlang.binary_to_term(bin) === t})
end
IO.inspect(:erlang.term_to_binary(1.5, minor_version: 0), limit: :infinity)
IO.inspect(:erlang.term_to_binary(-123.456e-10, minor_version: 0), limit: :infinity)
IO.inspect(:erlang.term_to_binary([:abc, :é], minor_version: 2), limit: :infinity)
IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 1, 97>>))
IO.inspect(:erlang.binary_to_term(<<131, 115, 1, 97>>))
IO.inspect(:erlang.binary_to_term(<<131, 97, 1, 0, 9>>, [:used]))
IO.inspect(:erlang.binary_to_term(<<131, 99, "2.50000000000000000000e+00", 0, 0, 0, 0, 0>>))
IO.inspect(:erlang.binary_to_term(<<131, 104, 2, 97, 1, 107, 0, 2, 104, 105>>, [:safe]))
f = fn x -> x * 2 end
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(f)).(21))
pid = self()
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary({pid, :msg})) == {pid, :msg})
ref = make_ref()
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(ref)) == ref)
