m = Map.new(1..20, fn i -> {:"key_#{i}", i * 1000} end)
IO.inspect(m)
