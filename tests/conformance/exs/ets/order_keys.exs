# Where keys of every kind land in a set: atoms by the hash of their UTF-8 name, numbers,
# binaries, lists and tuples by the BEAM's internal hash.
s = :ets.new(:s, [:set])
for a <- [:été, :über, :日本, :"with space", :a_very_long_atom_name_that_overflows_the_hash, Enum, :"é", :ÿ, :zzzzzzzzzzzz], do: :ets.insert(s, {a})
IO.inspect(:ets.tab2list(s))
t = :ets.new(:t, [:set])
for k <- ["", "a", "hello world", "日本", <<255, 0, 1>>, 1.0, -1.0, 0.0, 3.14, 2 ** 64, -(2 ** 64), 2 ** 59, -(2 ** 59), [], [1 | 2], [[]], {}, {1}, 'abc', [256, 1], [-1]], do: :ets.insert(t, {k})
IO.inspect(:ets.tab2list(t))
