f = fn x, y -> x + y end
f.(1)
