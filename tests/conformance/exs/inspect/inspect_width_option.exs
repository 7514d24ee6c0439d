data = Enum.to_list(1..12)
for w <- [0, 10, 20, 40] do
  IO.puts("width #{w}:")
  IO.inspect(data, width: w)
end
IO.inspect(%{a: [1, 2, 3], b: "text"}, width: 10)
