IO.puts("converting")
input = Function.identity("12x")
String.to_integer(input)
