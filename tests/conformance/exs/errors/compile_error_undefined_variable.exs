IO.puts("never")
IO.puts(undefined_thing)
