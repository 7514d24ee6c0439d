# A bitstring literal of a known size that is not whole bytes cannot be a binary.
prefix = "a"
IO.puts(prefix <> <<1, 2::4>>)
