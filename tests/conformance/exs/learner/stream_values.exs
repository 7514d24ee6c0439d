# A stream is a %Stream{} struct (or a function for some constructors), and inspects as one.
s = Stream.map([1, 2], &(&1 * 2))
IO.inspect(is_function(s))
IO.inspect(is_struct(s, Stream))
IO.inspect(Enum.to_list(s))
IO.inspect(Stream.iterate(0, &(&1 + 1)) |> is_function(2))
