IO.puts("about to raise")
raise "something went wrong"
