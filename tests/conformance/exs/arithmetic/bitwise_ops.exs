import Bitwise
IO.inspect(band(12, 10))
IO.inspect(bor(12, 10))
IO.inspect(bxor(12, 10))
IO.inspect(bnot(5))
IO.inspect(1 <<< 10)
IO.inspect(1024 >>> 3)
IO.inspect(1 <<< 70)
IO.inspect(-16 >>> 2)
