f = fn
  x when hd(x) == 1 -> :head_is_one
  x when length(x) > 100 or is_atom(x) -> :weird
  _ -> :fallback
end
IO.inspect(f.([1, 2]))
IO.inspect(f.(:atom))
IO.inspect(f.(42))
IO.inspect(f.([]))
