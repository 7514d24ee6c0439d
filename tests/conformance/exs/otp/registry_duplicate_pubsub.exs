# A Registry with duplicate keys as a local PubSub: subscribers register under a topic, a
# publisher dispatches to every entry of the topic, and a subscriber's entries go away with it.
{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)

defmodule Subscriber do
  def start(name, topics, parent) do
    spawn(fn ->
      for topic <- topics, do: {:ok, _} = Registry.register(PubSub, topic, {name, topic})
      send(parent, {:subscribed, name})
      loop(name, parent)
    end)
  end

  defp loop(name, parent) do
    receive do
      {:news, topic, text} ->
        send(parent, {:got, name, topic, text})
        loop(name, parent)

      :stop ->
        :ok
    end
  end
end

parent = self()
alice = Subscriber.start(:alice, ["elixir", "erlang"], parent)
bob = Subscriber.start(:bob, ["elixir"], parent)
for name <- [:alice, :bob], do: receive(do: ({:subscribed, ^name} -> :ok))

publish = fn topic, text ->
  Registry.dispatch(PubSub, topic, fn entries ->
    for {pid, _value} <- entries, do: send(pid, {:news, topic, text})
  end)
end

collect = fn n -> for _ <- 1..n, do: receive(do: ({:got, name, topic, text} -> {name, topic, text})) end

:ok = publish.("elixir", "1.14 is out")
IO.inspect(Enum.sort(collect.(2)), label: "elixir subscribers got")
:ok = publish.("erlang", "OTP 25")
IO.inspect(collect.(1), label: "erlang subscribers got")
IO.inspect(publish.("nobody", "hello?"), label: "dispatch to a topic with no entries")

IO.inspect(Registry.lookup(PubSub, "elixir") |> Enum.map(fn {pid, value} -> {pid == alice or pid == bob, value} end) |> Enum.sort(), label: "lookup")
IO.inspect(Registry.keys(PubSub, alice) |> Enum.sort(), label: "alice's keys")
IO.inspect(Registry.values(PubSub, "elixir", bob), label: "bob's values under elixir")
IO.inspect(Registry.values(PubSub, "erlang", bob), label: "bob's values under erlang")
IO.inspect(Registry.count(PubSub), label: "count")
IO.inspect(Registry.count_match(PubSub, "elixir", {:alice, :_}), label: "count_match")
IO.inspect(Registry.match(PubSub, "elixir", {:_, "elixir"}) |> length(), label: "match")
IO.inspect(Registry.match(PubSub, "elixir", {:bob, :_}) == [{bob, {:bob, "elixir"}}], label: "match bob")

# The same process may register the same key more than once under :duplicate.
{:ok, _} = Registry.register(PubSub, "elixir", :me_once)
{:ok, _} = Registry.register(PubSub, "elixir", :me_twice)
IO.inspect(Registry.values(PubSub, "elixir", self()), label: "my values")
IO.inspect(Registry.unregister_match(PubSub, "elixir", :me_once), label: "unregister_match")
IO.inspect(Registry.values(PubSub, "elixir", self()), label: "my values after unregister_match")
IO.inspect(Registry.unregister(PubSub, "elixir"), label: "unregister")
IO.inspect(Registry.keys(PubSub, self()), label: "my keys")

# A subscriber that ends takes its entries with it.
ref = Process.monitor(bob)
send(bob, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
Process.sleep(10)
IO.inspect(Registry.lookup(PubSub, "elixir") |> Enum.map(fn {_, v} -> v end), label: "after bob left")
:ok = publish.("elixir", "only alice now")
IO.inspect(collect.(1), label: "got")
IO.inspect(Registry.count(PubSub), label: "count")

# Entries with values can be selected with match specs.
IO.inspect(Registry.select(PubSub, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}]) |> Enum.sort(), label: "select")
IO.inspect(Registry.update_value(PubSub, "elixir", fn v -> v end), label: "update_value on duplicate")
