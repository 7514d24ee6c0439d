# A fun written at a script's top level, raising: the stacktrace names it after the function
# Elixir compiles the script into. (Called twice, so the compiler does not inline it.)
f = fn x -> if x > 0, do: raise(ArgumentError, "bad #{x}"), else: x end
f.(0)
f.(1)
