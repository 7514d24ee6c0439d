# String interpolation and to_string of each kind of value, and what cannot be interpolated.
IO.puts("int #{42} float #{1.5} atom #{:ok} nil [#{nil}] bool #{true}")
IO.puts("list #{[104, 105]} charlist #{'hi'} iodata #{["a", ?b, ["c"]]}")
IO.puts("nested #{"inner #{1 + 1}"}")
IO.puts("big #{2 ** 70} neg #{-3} sci #{1.0e-10}")
IO.puts("expr #{Enum.sum([1, 2, 3]) * 2}")
IO.puts(to_string(:"hello world"))
IO.puts(Kernel.to_string(3.0))
IO.puts("inspect inside: #{inspect(%{a: [1, 2]})}")
try do
  IO.puts("map #{%{a: 1}}")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  IO.puts("tuple #{{1, 2}}")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.puts("pid? #{inspect(is_pid(self()))}")
"#{[1, 2, 300]}"
