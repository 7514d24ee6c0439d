IO.inspect(:erlang.node(self()))
:erlang.node(1)
