# A Registry with unique keys: values, update_value, meta, match and count_match, and the errors
# of registering a taken key or updating a key someone else owns.
{:ok, _} = Registry.start_link(keys: :unique, name: Names, meta: [purpose: :demo])
IO.inspect(Registry.meta(Names, :purpose), label: "meta given at start")
IO.inspect(Registry.meta(Names, :missing), label: "meta missing")
IO.inspect(Registry.put_meta(Names, :owner, "me"), label: "put_meta")
IO.inspect(Registry.meta(Names, :owner), label: "meta after put_meta")

{:ok, owner} = Registry.register(Names, :counter, 1)
IO.inspect(is_pid(owner) and owner != self(), label: "register answers the pid of a registry process")
IO.inspect(Registry.update_value(Names, :counter, &(&1 + 1)), label: "update_value")
IO.inspect(Registry.lookup(Names, :counter) == [{self(), 2}], label: "lookup after update")
IO.inspect(Registry.update_value(Names, :unknown, &(&1 + 1)), label: "update_value of an unknown key")
IO.inspect(Registry.values(Names, :counter, self()), label: "values")

parent = self()
other =
  spawn(fn ->
    {:ok, _} = Registry.register(Names, {:user, 7}, %{name: "ada"})
    send(parent, {:other, Registry.register(Names, :counter, :mine) |> elem(0)})
    send(parent, {:update, Registry.update_value(Names, :counter, fn _ -> :stolen end)})
    receive do: (:stop -> :ok)
  end)

receive do: ({:other, result} -> IO.inspect(result, label: "another process registers a taken key"))
receive do: ({:update, result} -> IO.inspect(result, label: "another process updates a key it does not own"))
IO.inspect(Registry.count(Names), label: "count")
IO.inspect(Registry.count_match(Names, {:user, 7}, %{name: :_}), label: "count_match")
IO.inspect(Registry.match(Names, {:user, 7}, %{name: "ada"}) == [{other, %{name: "ada"}}], label: "match")
IO.inspect(Registry.match(Names, {:user, 7}, %{name: "bob"}), label: "match nothing")
IO.inspect(Registry.keys(Names, other), label: "keys of the other process")

IO.inspect(Registry.unregister_match(Names, :counter, 99), label: "unregister_match, no match")
IO.inspect(Registry.lookup(Names, :counter) |> length(), label: "still registered")
IO.inspect(Registry.unregister_match(Names, :counter, 2), label: "unregister_match")
IO.inspect(Registry.lookup(Names, :counter), label: "gone")

{:ok, _} = Registry.register(Names, :counter, :again)
IO.inspect(Registry.register(Names, :counter, :twice) == {:error, {:already_registered, self()}}, label: "register twice")
IO.inspect(Registry.dispatch(Names, :counter, fn [{pid, value}] -> send(pid, {:dispatched, value}) end), label: "dispatch on unique")
receive do: ({:dispatched, value} -> IO.inspect(value, label: "dispatched"))
IO.inspect(Registry.select(Names, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort(), label: "select keys")

try do
  Registry.start_link(keys: :both, name: Bad)
rescue
  e -> IO.inspect(e)
end

IO.inspect(Registry.delete_meta(Names, :owner), label: "delete_meta")
IO.inspect(Registry.meta(Names, :owner), label: "meta after delete_meta")
IO.inspect(Registry.count_select(Names, [{{:_, :_, :again}, [], [true]}]), label: "count_select")
IO.inspect(Registry.count_select(Names, [{{:_, :"$1", :_}, [{:"/=", :"$1", self()}], [true]}]), label: "count_select with a guard")
