try do
  raise "x"
rescue
  _ -> IO.inspect(is_list(__STACKTRACE__))
end
try do
  throw(:t)
catch
  :throw, :t -> IO.inspect(length(__STACKTRACE__) >= 0)
end
