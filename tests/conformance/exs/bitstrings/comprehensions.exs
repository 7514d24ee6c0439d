# Bit generators and collecting into bitstrings.
IO.inspect(for <<b::1 <- <<0b1011_0010>> >>, do: b)
IO.inspect(for <<b::1 <- <<5::3>> >>, do: b)
IO.inspect(for <<x::3 <- <<0b101_110_01>> >>, do: x)
IO.inspect(for <<x::bits-size(3) <- <<0b101_110_01, 1::1>> >>, do: x)
IO.inspect(for <<c <- <<1, 2, 3::4>> >>, do: c)
IO.inspect(for <<c::4 <- "ab">>, do: c)
IO.inspect(for <<b::1 <- <<0b1011_0010>> >>, b == 1, do: :one)

IO.inspect(for <<b::1 <- <<0b1011_0010>> >>, into: <<>>, do: <<1 - b::1>>)
IO.inspect(for x <- 1..5, into: <<>>, do: <<x::3>>)
IO.inspect(for <<c <- "abc">>, into: "", do: <<c::7>>)
IO.inspect(for x <- [1, 2, 3], into: <<1::1>>, do: <<x::2>>)
IO.inspect(for <<b::1 <- <<0xF0>> >>, into: %{}, do: {b, :seen})

# A generator over a bitstring that does not divide evenly stops at the remainder.
IO.inspect(for <<x::3 <- <<0xFF, 0xFF>> >>, do: x)
IO.inspect(for <<x::binary-size(2) <- <<1, 2, 3, 4, 5>> >>, do: x)

# Leading segments in a generator: chunks that do not match are skipped.
IO.inspect(for <<1::1, x::3 <- <<0b1010_0011, 0b1111_0000>> >>, do: x)
IO.inspect(for <<"a", c <- "abacadxy">>, do: c)
IO.inspect(for <<n::4, v::size(n) <- <<3::4, 5::3, 2::4, 1::2, 0::4>> >>, do: {n, v})
IO.inspect(for <<x::3 <- <<0b1010_0011>> >>, x > 2, do: x)
