# What a process that does not own a table may do with it, and setopts/2.
parent = self()
:ets.new(:pub, [:named_table, :public])
:ets.new(:prot, [:named_table, :protected])
spawn(fn ->
  r1 = try do :ets.delete(:pub) rescue e -> Exception.message(e) end
  r2 = try do :ets.delete(:prot) rescue e -> Exception.message(e) end
  r3 = try do :ets.delete_all_objects(:prot) rescue e -> Exception.message(e) end
  r4 = try do :ets.setopts(:prot, {:heir, self(), 1}) rescue e -> Exception.message(e) end
  r5 = try do :ets.rename(:prot, :x) rescue e -> Exception.message(e) end
  r6 = try do :ets.safe_fixtable(:prot, true) rescue e -> Exception.message(e) end
  r7 = try do :ets.info(:prot, :size) rescue e -> Exception.message(e) end
  send(parent, {r1, r2, r3, r4, r5, r6, r7})
end)
receive do m -> IO.inspect(m) end
IO.inspect(:ets.info(:pub), label: "pub after")
t = :ets.new(:o, [])
IO.inspect(try do :ets.setopts(t, [{:heir, self(), 1}, {:heir, :none}]) rescue e -> Exception.message(e) end)
IO.inspect(:ets.setopts(t, [{:heir, self(), 1}, {:protection, :private}]))
try do :ets.setopts(t, {:protection, :public}) |> IO.inspect rescue e -> IO.puts Exception.message(e) end
IO.inspect(:ets.info(t, :protection))
:ets.new(:priv, [:named_table, :private])
spawn(fn -> send(parent, try do :ets.info(:priv, :size) rescue e -> Exception.message(e) end) end)
receive do m -> IO.inspect(m, label: "info of another's private table") end
:ets.new(:pub, [:named_table, :public])
spawn(fn ->
  m = fn f -> try do f.() rescue e -> Exception.message(e) end end
  send(parent, [
    m.(fn -> :ets.setopts(:pub, {:heir, :none}) end),
    m.(fn -> :ets.rename(:pub, :pub2) end),
    m.(fn -> :ets.delete_all_objects(:pub2) end),
    m.(fn -> :ets.give_away(:pub2, self(), 1) end),
    m.(fn -> :ets.rename(:pub2, :pub) end)
  ])
end)
receive do m -> IO.inspect(m) end
