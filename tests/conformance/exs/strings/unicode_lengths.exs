for s <- ["hello", "héllo", "日本語", "😀", "e\u0301", ""] do
  IO.puts("#{inspect(s)} bytes=#{byte_size(s)} length=#{String.length(s)} codepoints=#{length(String.codepoints(s))}")
end
