:no_such_erlang_mod.func()
