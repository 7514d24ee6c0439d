parent = self()
spawn(fn -> send(parent, {:hello, "from child"}) end)
receive do
  {:hello, msg} -> IO.puts("got: #{msg}")
end
