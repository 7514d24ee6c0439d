for x <- [1, 1.0, -3, 2 ** 80, :one, "1"] do
  IO.puts("#{inspect(x)} integer=#{is_integer(x)} float=#{is_float(x)} number=#{is_number(x)}")
end
