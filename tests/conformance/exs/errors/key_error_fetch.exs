key = Function.identity(:c)
Map.fetch!(%{a: 1, b: 2}, key)
