IO.puts("start")
NoSuchModule.call(1)
