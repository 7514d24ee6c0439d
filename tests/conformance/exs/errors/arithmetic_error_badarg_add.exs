a = Function.identity(:one)
IO.inspect(a + 1)
