# Strings are binaries, charlists are lists: converting and telling them apart.
s = "hello"
c = 'hello'
IO.inspect({is_binary(s), is_list(c), s == c})
IO.inspect(to_charlist(s))
IO.inspect(to_string(c))
IO.inspect(String.to_charlist("é"))
IO.inspect(List.to_string([233]))
IO.inspect('abc' ++ 'def')
IO.inspect([?a, ?b])
IO.inspect([7, 8, 9])
IO.inspect('hello' |> Enum.map(&(&1 - 32)))
IO.inspect(<<104, 105>>)
IO.inspect(<<255>>)
IO.inspect("a" <> <<0>>)
IO.inspect(String.valid?(<<255>>))
IO.inspect(?A..?E |> Enum.to_list() |> List.to_string())
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(String.printable?("tab\t"))
<<first::utf8, rest::binary>> = "élan"
IO.inspect({first, rest})
<<a, b, _::binary>> = "xyz"
IO.inspect({a, b})
"Hello " <> name = "Hello Ada"
IO.inspect(name)
IO.inspect(Base.encode16("hi"))
IO.inspect(Base.encode64("hello world"))
IO.inspect(Base.decode64!("aGVsbG8gd29ybGQ="))
IO.inspect(:crypto.hash(:sha256, "pw") |> Base.encode16(case: :lower))
