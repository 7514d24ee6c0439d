# A bitstring where a binary is needed is an error, as on the BEAM.
# Values the compiler cannot see through, so that it does not warn ahead of time.
bits = Function.identity(<<1::3>>)
half = Function.identity(<<1, 2::4>>)

attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

attempt.("byte_size", fn -> byte_size(bits) end)
attempt.("bit_size of an atom", fn -> bit_size(Function.identity(:a)) end)
attempt.("byte_size of a list", fn -> byte_size(Function.identity([1])) end)
attempt.("String.length", fn -> String.length(bits) end)
attempt.("String.upcase", fn -> String.upcase(half) end)
attempt.("to_string", fn -> to_string(bits) end)
attempt.("interpolation", fn -> "bits: #{bits}" end)
attempt.("to_charlist", fn -> to_charlist(bits) end)
attempt.("to_charlist of a tuple", fn -> to_charlist(Function.identity({1})) end)
attempt.("concatenation", fn -> bits <> "a" end)
attempt.("binary segment", fn -> <<bits::binary>> end)
attempt.("binary segment with size", fn -> <<half::binary-size(2)>> end)
attempt.("too short", fn -> <<bits::bits-size(4)>> end)
attempt.("binary_to_list", fn -> :erlang.binary_to_list(half) end)
attempt.("bitstring_to_list", fn -> :erlang.bitstring_to_list(:a) end)
attempt.("list_to_bitstring", fn -> :erlang.list_to_bitstring([1, :a]) end)
attempt.("list_to_binary", fn -> :erlang.list_to_binary([1, bits]) end)
attempt.("iolist_to_binary", fn -> IO.iodata_to_binary(["a", bits]) end)
attempt.("binary_part", fn -> binary_part(half, 0, 1) end)
attempt.("String.to_atom", fn -> String.to_atom(bits) end)
attempt.("float of an atom", fn -> <<String.to_atom("x")::float>> end)
flt = 1.5
attempt.("integer from a float", fn -> <<flt::4>> end)
attempt.("Enum.count", fn -> Enum.count(bits) end)
attempt.(":binary.first", fn -> :binary.first(half) end)
attempt.(":binary.bin_to_list", fn -> :binary.bin_to_list(bits) end)
attempt.(":binary.part", fn -> :binary.part(half, 0, 1) end)
attempt.(":binary.split", fn -> :binary.split(half, "a") end)
attempt.("split_binary", fn -> :erlang.split_binary(half, 1) end)

# A failed construction is a badarg underneath, which the exception explains.
caught =
  try do
    <<bits::binary>>
  catch
    :error, reason -> reason
  end

IO.inspect(caught, label: "caught")

try do
  <<bits::binary>>
rescue
  e -> IO.inspect(match?([{_, _, _, [_ | _]} | _], __STACKTRACE__), label: "stacktrace")
end

try do
  IO.puts(bits)
rescue
  e -> IO.puts("IO.puts: #{inspect(e.__struct__)} #{Exception.message(e)}")
end

IO.puts(half)
