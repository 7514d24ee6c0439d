IO.puts("never printed: the file is parsed first")
IO.inspect('a\xC3\xA9')
IO.inspect('\xFF')
