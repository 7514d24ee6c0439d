[a, b] = Enum.to_list(1..40)
IO.inspect({a, b})
