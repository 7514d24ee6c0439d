try do
  1 and true
rescue
  e -> IO.puts(Exception.format(:error, e, []))
end
IO.inspect(false and raise("never"))
IO.inspect(true or raise("never"))
IO.inspect(nil || false || :last)
