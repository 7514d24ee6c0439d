# A literal keeps its own type: an integer is not a binary.
IO.inspect(<<1::binary>>)
