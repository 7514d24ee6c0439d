result =
  try do
    raise "oops"
  rescue
    e in RuntimeError -> {:rescued, e.message}
  end
IO.inspect(result)
zero = Function.identity(0)
IO.inspect(try(do: 1 / zero, rescue: (e -> Exception.message(e))))
