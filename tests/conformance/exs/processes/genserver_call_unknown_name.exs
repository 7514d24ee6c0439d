try do
  GenServer.call(:no_such_server, :hi)
catch
  :exit, reason -> IO.inspect(reason)
end
