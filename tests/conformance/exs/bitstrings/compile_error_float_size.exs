# The compiler refuses a float segment of a size floats do not come in.
IO.puts("never printed")
IO.inspect(<<1.5::4>>)
