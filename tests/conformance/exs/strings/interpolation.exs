name = "world"
n = 42
IO.puts("Hello, #{name}!")
IO.puts("n = #{n}, n+1 = #{n + 1}")
IO.puts("nested #{"inner #{n * 2}"}")
IO.puts("atom #{:ok} float #{1.5} list #{[72, 105]} charlist #{'abc'}")
IO.puts("expr #{if n > 40, do: "big", else: "small"}")
IO.puts("escapes: tab\there \\ \"q\" \#{not}")
