# Protocol errors a learner hits when enumerating the wrong thing.
IO.inspect(Enum.map(%{a: 1}, fn {k, v} -> {k, v} end))
IO.inspect(Enum.count("not enumerable"))
