IO.puts("before normal exit")
exit(:normal)
IO.puts("never printed")
