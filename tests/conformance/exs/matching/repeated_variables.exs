same = fn
  {x, x} -> "equal #{x}"
  {x, y} -> "different #{x} #{y}"
end
IO.puts(same.({1, 1}))
IO.puts(same.({1, 2}))
IO.inspect(match?([h, h | _], [3, 3, 4]))
IO.inspect(match?({a, a}, {1, 1.0}))
