# Equality and the term order of bitstrings.
IO.inspect(<<1::4, 2::4>> == <<18>>)
IO.inspect(<<1::4, 2::4>> === <<18>>)
IO.inspect(<<1::3>> == <<1::3>>)
IO.inspect(<<1::3>> == <<1::4>>)
IO.inspect(<<1::3>> == <<0::1, 1::2>>)
IO.inspect(<<1::3>> === <<2::3>>)
IO.inspect(<<1::1>> == <<1>>)
IO.inspect(<<1::7>> != <<1>>)

IO.inspect(<<1::1>> < <<0>>)
IO.inspect(<<0::1>> < <<0>>)
IO.inspect(<<0::7>> < <<0::8>>)
IO.inspect(<<1, 1::1>> > <<1>>)
IO.inspect(<<1, 1::1>> > <<1, 128>>)
IO.inspect(<<1, 1::1>> < <<1, 127>>)
IO.inspect(<<"a", 0::1>> > "a")
IO.inspect(<<1::3>> > [1, 2])
IO.inspect(<<1::3>> > %{a: 1})
IO.inspect(<<1::3>> > {1, 2})

list = [<<1::1>>, <<0>>, <<>>, "a", <<0::1>>, <<1::2>>, <<0::7>>, <<1, 2::4>>, <<1>>, <<128>>, <<3::2>>, [], :atom, 5]
IO.inspect(Enum.sort(list))
IO.inspect(Enum.sort(list, :desc))
IO.inspect(Enum.max([<<1::3>>, <<1::2>>, <<1::1>>]))
IO.inspect(Enum.min([<<1::3>>, <<1::2>>, <<1::1>>]))
IO.inspect(Enum.uniq([<<1::3>>, <<1::3>>, <<1::4>>, <<0::1, 1::2>>]))

# As map keys and in pattern pins.
m = %{<<1::3>> => :three, <<1::4>> => :four, <<1>> => :byte}
IO.inspect(m)
IO.inspect(Map.get(m, <<1::3>>))
IO.inspect(Map.get(m, <<0::1, 1::2>>))
IO.inspect(Map.get(m, <<1::5>>))

key = <<5::3>>
case <<5::3>> do
  ^key -> IO.puts("pinned")
  _ -> IO.puts("other")
end

IO.inspect(MapSet.new([<<1::3>>, <<1::3>>, <<1::5>>]))

# phash2 hashes the bits, as erts does.
IO.inspect(:erlang.phash2(<<1::3>>))
IO.inspect(:erlang.phash2(<<1, 2, 3::5>>))
IO.inspect(:erlang.phash2({<<1::1>>, [<<0::7>>]}))

# In tables and messages.
t = :ets.new(:t, [:set])
:ets.insert(t, {<<1::3>>, :a})
:ets.insert(t, {<<1::4>>, :b})
:ets.insert(t, {<<0::1, 1::2>>, :c})
IO.inspect(:ets.lookup(t, <<1::3>>))
IO.inspect(Enum.sort(:ets.tab2list(t)))
o = :ets.new(:o, [:ordered_set])
for k <- [<<1::3>>, <<1::4>>, <<1>>, <<3::2>>, "a"], do: :ets.insert(o, {k})
IO.inspect(:ets.tab2list(o))
send(self(), {:bits, <<7::3>>})

receive do
  {:bits, <<a::1, b::2>>} -> IO.inspect({a, b})
end
