r =
  try do
    :erlang.error(:my_reason)
  catch
    :error, reason -> {:error_caught, reason}
  end
IO.inspect(r)
r2 =
  try do
    raise "x"
  catch
    :error, e -> {:caught_struct, e}
  end
IO.inspect(r2)
r3 =
  try do
    1 + :a
  catch
    kind, reason -> {kind, reason}
  end
IO.inspect(r3)
