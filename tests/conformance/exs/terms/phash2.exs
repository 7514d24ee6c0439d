# :erlang.phash2/1,2 and phash/2 give the BEAM's own values: atoms hash by their text, so
# every term made of numbers, atoms, binaries, lists, tuples and maps hashes the same.
terms = [:a, :ab, :"hello world", [], 0, 1, -1, 1000, 2**27, 2**27-1, -(2**27), -(2**27)-1, 2**28, -(2**28), 2**31, 2**32, 2**40, 2**59, 2**60, -(2**60), 2**64, 2**64-1, -(2**70), 2**200,
 1.0, 0.0, -0.0, 3.14, -2.5, 1.0e300, "", "abc", "hello world!!", "0123456789abcdef", "é", [1,2,3], [:a], [:a, :b | :c], {}, {1,2}, {:ok, "x", [1]}, %{}, %{a: 1}, %{a: 1, b: [2]},
 %{"k" => %{1 => 2}}, Map.new(1..40, &{&1, &1 * 2}), [1|2], 'abcde', [256, 1], [1, 256, 2, 3, 4, 5, 6], :é, :"日本", nil, true, false, :ok, Enum.to_list(1..100),
 [[]], [[], []], {[], []}, [{}], [%{}], [1.5], [-1], [300 | []], ["a" | "b"], %{[] => []}, %{nil => nil, true => false}, <<1, 2, 3>>, "a longer binary of more than twelve bytes", &Enum.map/2, &:lists.reverse/1]
for t <- terms, do: IO.puts("#{:erlang.phash2(t)} #{:erlang.phash2(t, 4294967296)} #{:erlang.phash2(t, 7)} #{:erlang.phash(t, 4294967296)} #{:erlang.phash(t, 100)}")
IO.inspect(Enum.map(1..20, &:erlang.phash2({:key, &1}, 8)))
IO.inspect(Enum.group_by(~w(apple banana cherry date elderberry fig grape), &:erlang.phash2(&1, 3)))
