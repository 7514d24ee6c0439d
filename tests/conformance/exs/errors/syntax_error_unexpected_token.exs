IO.puts("x")
x = 1 +* 2
