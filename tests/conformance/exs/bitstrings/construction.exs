# Building bitstrings whose size is not a whole number of bytes.
IO.inspect(<<1::1>>)
IO.inspect(<<0::1>>)
IO.inspect(<<5::3>>)
IO.inspect(<<1::4, 2::4>>)
IO.inspect(<<1::4, 2::3>>)
IO.inspect(<<1, 2::4>>)
IO.inspect(<<255, 255, 7::3>>)
IO.inspect(<<-1::7>>)
IO.inspect(<<300::9>>)
IO.inspect(<<1::size(12)>>)
IO.inspect(<<1::size(3)-unit(2)>>)
IO.inspect(<<1::3*3>>)
IO.inspect(<<1::1, 0::1, 1::1, 1::1, 0::1, 0::1, 0::1, 1::1>>)
IO.inspect(<<1::2, "abc">>)
IO.inspect(<<"abc", 1::2>>)
IO.inspect(<<"a", 1::1, "b">>)
IO.inspect(<<>>)

# Bitstrings inside other bitstrings.
x = <<3::2>>
IO.inspect(<<x::bitstring, x::bitstring>>)
IO.inspect(<<x::bits, x::bits, x::bits, x::bits>>)
IO.inspect(<<x::bitstring, "hi">>)
IO.inspect(<<1::1, x::bitstring-size(1)>>)
y = <<1, 2, 3>>
IO.inspect(<<y::bitstring-size(12)>>)
IO.inspect(<<y::bits-size(20), 0::4>>)
IO.inspect(<<y::binary-size(2)>>)

# Sizes from variables.
n = 5
IO.inspect(<<7::size(n)>>)
IO.inspect(<<7::size(n)-unit(3)>>)
IO.inspect(<<y::bitstring-size(n)>>)

# Integer segments: signedness and endianness.
IO.inspect(<<-3::signed-5>>)
IO.inspect(<<0x1234::little-16>>)
IO.inspect(<<0x1234::little-12>>)
IO.inspect(<<0xABC::little-12>>)
IO.inspect(<<0x1FF::little-9>>)
IO.inspect(<<0x1234::big-12>>)
IO.inspect(<<0x12345::native-20>>)
IO.inspect(<<2 ** 70::80>>)
IO.inspect(<<2 ** 70 + 5::75>>)
IO.inspect(<<-(2 ** 70)::signed-little-80>>)

# Floats.
IO.inspect(<<1.5::float-32>>)
IO.inspect(<<1.5::float-64>>)
IO.inspect(<<1.5::float-16>>)
IO.inspect(<<-2.0::float-little-32>>)
IO.inspect(<<3::float>>)
IO.inspect(<<1.5::float-32, 1::1>>)

# Sizes and predicates.
for b <- [<<>>, <<1::1>>, <<1::7>>, <<1::8>>, <<1::9>>, <<1, 2, 3::5>>, "héllo"] do
  IO.inspect({b, bit_size(b), byte_size(b), is_bitstring(b), is_binary(b)})
end

# Literals that carry their own type.
IO.inspect(<<1.5>>)
IO.inspect(<<1.5::32>>)
IO.inspect(<<"é"::utf16>>)
IO.inspect(<<"hé"::utf32-little>>)
IO.inspect(<<"ab"::utf8, 1::1>>)
<<"é"::utf16, rest::binary>> = <<0, 233, 1>>
IO.inspect(rest)
IO.inspect(<<0x1F600::utf16, 0x1F600::utf16-little, 0xE9::utf32>>)
<<a::utf16, b::utf16-little, c::utf32, d::utf8>> = <<0x1F600::utf16, 0x1F600::utf16-little, 0xE9::utf32, 0x20AC::utf8>>
IO.inspect({a, b, c, d})
