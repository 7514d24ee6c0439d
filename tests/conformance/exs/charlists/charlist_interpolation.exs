c = 'abc'
IO.puts("charlist #{c}")
IO.puts("list #{[65, 66]}")
IO.inspect("#{'x'}#{[?y]}")
IO.inspect(List.to_string([?a, "bc", [?d]]))
IO.inspect(?A)
IO.inspect([?A, ?B] == 'AB')
