# Two types for one segment.
x = 1
IO.inspect(<<x::binary-integer>>)
