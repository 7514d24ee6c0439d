Process.flag(:trap_exit, true)
me = self()
Process.exit(me, :some_reason)
receive do
  {:EXIT, from, reason} -> IO.inspect({from == me, reason})
end
Process.exit(me, :normal)
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "normal arrives as message")
after
  50 -> IO.puts("no message")
end
