IO.inspect(hd([1]))
empty = Function.identity([])
hd(empty)
