# fun2ms is a parse transform: a compiled fun that reaches it at run time is refused.
:ets.fun2ms(fn {k, _v} -> k end)
