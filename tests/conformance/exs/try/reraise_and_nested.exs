try do
  try do
    raise "inner"
  rescue
    e -> reraise RuntimeError, [message: "wrapped: " <> e.message], __STACKTRACE__
  end
rescue
  e -> IO.puts(e.message)
end
try do
  try do
    throw(:deep)
  after
    IO.puts("inner after")
  end
catch
  v -> IO.inspect(v, label: "outer caught")
end
