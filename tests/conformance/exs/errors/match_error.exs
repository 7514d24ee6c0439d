{:ok, value} = {:error, :enoent}
IO.inspect(value)
