n = Function.identity(123)
:erlang.atom_to_binary(n)
