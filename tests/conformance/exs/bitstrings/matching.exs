# Taking bitstrings apart.
<<a::3, b::5>> = <<0b101_00110>>
IO.inspect({a, b})

<<x::bits-size(5), rest::bitstring>> = <<0b11010_111, 0xFF>>
IO.inspect({x, rest})

<<h::1, t::bits>> = <<1::3>>
IO.inspect({h, t})

<<first::4, rest::bits>> = "hi"
IO.inspect({first, rest, bit_size(rest)})

<<n::4, payload::bits-size(n), tail::bits>> = <<3::4, 5::3, 1::1>>
IO.inspect({n, payload, tail})

<<s::signed-3, u::unsigned-5>> = <<0b111_11111>>
IO.inspect({s, u})

<<l::little-12, r::4>> = <<0x34, 0x2F>>
IO.inspect({l, r})

<<l9::little-9, r7::7>> = <<0xFF, 0x80>>
IO.inspect({l9, r7})

<<big::75, small::5>> = <<2 ** 70::75, 9::5>>
IO.inspect({big, small})

<<f::float-32, bit::1>> = <<1.25::float-32, 1::1>>
IO.inspect({f, bit})

<<g::float-16>> = <<1.5::float-16>>
IO.inspect(g)

<<hl::float-little-64>> = <<2.5::float-little-64>>
IO.inspect(hl)

# A literal bitstring in a pattern.
<<5::3, rest::bits>> = <<5::3, 1::2>>
IO.inspect(rest)

case <<1::1, 0::1>> do
  <<1::1, 1::1>> -> IO.puts("11")
  <<1::1, 0::1>> -> IO.puts("10")
end

# Binaries refuse a tail that is not whole bytes.
case <<1, 2::4>> do
  <<_, rest::binary>> -> IO.inspect({:binary, rest})
  <<_, rest::bitstring>> -> IO.inspect({:bitstring, rest})
end

# A bits tail matching the empty bitstring.
<<_::8, empty::bits>> = <<1>>
IO.inspect(empty)

# In function heads.
defmodule Bits do
  def count_ones(<<>>), do: 0
  def count_ones(<<b::1, rest::bits>>), do: b + count_ones(rest)

  def reverse(<<>>), do: <<>>
  def reverse(<<b::1, rest::bits>>), do: <<reverse(rest)::bits, b::1>>

  def split(<<a::bits-size(3), b::bits>>), do: {a, b}
  def split(other), do: {:short, other}

  # A size taken from an earlier segment of the same pattern uses that variable.
  def packets(<<len::8, body::binary-size(len), rest::binary>>), do: [body | packets(rest)]
  def packets(<<>>), do: []
end

IO.inspect(Bits.count_ones(<<0b1011_0110, 0b111::3>>))
IO.inspect(Bits.reverse(<<0b1100_1010>>))
IO.inspect(Bits.reverse(<<0b110::3>>))
IO.inspect(Bits.split(<<0b10101::5>>))
IO.inspect(Bits.split(<<1::2>>))
IO.inspect(Bits.packets(<<2, "ab", 0, 3, "xyz">>))

len = 1
<<len::8, body::binary-size(len), _::binary>> = <<2, "abcd">>
IO.inspect({len, body})

# A failed match shows the bitstring.
try do
  <<_::binary>> = <<1::3>>
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
