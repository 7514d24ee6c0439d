"Hello, " <> name = "Hello, Ann"
IO.inspect(name)
<<a, b, rest::binary>> = "xyz!"
IO.inspect({a, b, rest})
<<len::8, payload::binary-size(len), tail::binary>> = <<3, "abcdef">>
IO.inspect({len, payload, tail})
<<c::utf8, more::binary>> = "élan"
IO.inspect({c, more})
case "GET /index.html HTTP/1.1" do
  "GET " <> path -> IO.inspect(String.split(path) |> hd())
end
<<n::integer-little-32>> = <<1, 0, 0, 0>>
IO.inspect(n)
<<x::float-64>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(x)
