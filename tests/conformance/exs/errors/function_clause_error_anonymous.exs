f = fn
  :a -> 1
  :b -> 2
end
IO.inspect(f.(:a))
f.(:c)
