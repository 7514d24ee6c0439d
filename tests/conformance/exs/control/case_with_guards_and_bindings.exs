value = {:rect, 3, 4}
area = case value do
  {:circle, r} -> 3.14 * r * r
  {:rect, w, h} when w == h -> {:square, w * h}
  {:rect, w, h} -> w * h
end
IO.inspect(area)
