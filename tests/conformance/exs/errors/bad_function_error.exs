not_a_fun = Function.identity(42)
not_a_fun.(1)
