a = make_ref()
b = make_ref()
IO.inspect(is_reference(a))
IO.inspect(a == b)
IO.inspect(a == a)
refs = for _ <- 1..1000, do: make_ref()
IO.inspect(length(Enum.uniq(refs)))
me = self()
spawn(fn -> send(me, {:ref, make_ref()}) end)
r = receive do {:ref, r} -> r end
IO.inspect(r in refs)
send(self(), {:reply, a, :first})
send(self(), {:reply, b, :second})
receive do
  {:reply, ^b, v} -> IO.inspect(v, label: "matched by ref")
end
