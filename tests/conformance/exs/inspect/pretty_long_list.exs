IO.inspect(Enum.to_list(1..60))
IO.inspect(Enum.map(1..30, &"item#{&1}"))
