IO.inspect([1 | 2])
IO.inspect([1, 2 | 3])
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect(is_list([1 | 2]))
[h | t] = [1 | 2]
IO.inspect({h, t})
IO.inspect(:erlang.length([1, 2]))
