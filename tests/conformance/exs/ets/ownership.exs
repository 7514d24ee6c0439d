# A table belongs to the process that created it: give_away/3 hands it to another process,
# an heir inherits it when the owner dies, and with no heir the table dies with its owner.
parent = self()

receiver = spawn(fn ->
  receive do
    {:"ETS-TRANSFER", tab, from, gift} ->
      send(parent, {:got, is_reference(tab), from == parent, gift, :ets.info(tab, :owner) == self()})
      receive do: (:stop -> :ok)
  end
end)

t = :ets.new(:given, [:public])
:ets.insert(t, {:k, :v})
IO.inspect(:ets.give_away(t, receiver, :a_gift), label: "give_away")
receive do
  msg -> IO.inspect(msg, label: "receiver saw")
end
IO.inspect(:ets.info(t, :owner) == receiver, label: "owner is the receiver")
try do
  :ets.give_away(t, self(), :back)
rescue
  e -> IO.puts("give_away by a non-owner: " <> Exception.message(e))
end
send(receiver, :stop)
Process.sleep(20)
IO.inspect(:ets.info(t), label: "table after the new owner exits")

heir = spawn(fn ->
  receive do
    {:"ETS-TRANSFER", tab, from, data} ->
      send(parent, {:inherited, :ets.lookup(tab, :k), is_pid(from), data})
      receive do: (:stop -> :ok)
  end
end)

owner = spawn(fn ->
  tab = :ets.new(:inherited, [:named_table, :public, {:heir, heir, :heir_data}])
  :ets.insert(tab, {:k, 42})
  send(parent, {:heir_info, :ets.info(tab, :heir) == heir})
  receive do: (:stop -> :ok)
end)

receive do: ({:heir_info, ok} -> IO.inspect(ok, label: "info heir"))
send(owner, :stop)
receive do: ({:inherited, objects, from_pid, data} -> IO.inspect({objects, from_pid, data}, label: "heir got"))
IO.inspect(:ets.info(:inherited, :owner) == heir, label: "heir owns it")
IO.inspect(:ets.info(:inherited, :heir), label: "heir after inheriting")
send(heir, :stop)
Process.sleep(20)
IO.inspect(:ets.info(:inherited), label: "after the heir exits")

mine = :ets.new(:mine, [{:heir, :none}])
IO.inspect(:ets.info(mine, :heir), label: "heir none")
IO.inspect(:ets.setopts(mine, {:heir, heir, :later}), label: "setopts heir")

# The heir hears of the table before it hears of the owner's death.
owner = spawn(fn ->
  :ets.new(:watched, [:named_table, {:heir, parent, :inherit}])
  send(parent, :ready)
  receive do: (:stop -> :ok)
end)
Process.monitor(owner)
receive do: (:ready -> :ok)
send(owner, :stop)
Process.sleep(50)
{:messages, msgs} = Process.info(self(), :messages)
IO.inspect(Enum.map(msgs, &elem(&1, 0)), label: "messages in order")
IO.inspect(:ets.info(:watched, :owner) == self(), label: "inherited by the parent")

# An heir that is already dead inherits nothing: the table dies with its owner.
dead_heir = spawn(fn -> :ok end)
Process.sleep(10)
lonely = spawn(fn ->
  :ets.new(:lonely, [:named_table, {:heir, dead_heir, :x}])
  send(parent, :ready)
  receive do: (:stop -> :ok)
end)
receive do: (:ready -> :ok)
send(lonely, :stop)
Process.sleep(20)
IO.inspect(:ets.info(:lonely), label: "table of an owner whose heir is dead")

try do
  :ets.give_away(:watched, dead_heir, :gift)
rescue
  e -> IO.puts("give_away to a dead process: " <> Exception.message(e))
end
