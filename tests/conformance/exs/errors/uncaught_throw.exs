IO.puts("throwing")
throw({:oops, [1, 2]})
