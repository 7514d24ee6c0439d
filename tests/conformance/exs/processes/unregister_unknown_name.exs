try do
  Process.unregister(:never_registered)
rescue
  e -> IO.puts(Exception.message(e))
end
Process.unregister(:never_registered)
