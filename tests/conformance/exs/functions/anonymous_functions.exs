add = fn a, b -> a + b end
IO.inspect(add.(1, 2))
IO.inspect(is_function(add))
IO.inspect(is_function(add, 2))
IO.inspect(is_function(add, 1))
IO.inspect(:erlang.fun_info(add)[:arity])
multi = fn
  {:ok, v} -> v
  {:error, _} -> nil
end
IO.inspect(multi.({:ok, 1}))
IO.inspect(multi.({:error, :x}))
IO.inspect((fn -> :immediately end).())
