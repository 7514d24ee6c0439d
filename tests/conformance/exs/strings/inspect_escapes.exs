strings = ["plain", "with \"quotes\"", "tab\there", "new\nline", "back\\slash", "nul\0byte", "bell\a", "esc\e", "del\d", "unicode é ü 日本", "emoji 😀", "\#{x}", "#", <<255>>, <<104, 105, 0xFF>>, <<0, 1, 2>>, "", <<"é", 200>>]
for s <- strings, do: IO.puts(inspect(s))
