r =
  try do
    exit(:shutdown)
  catch
    :exit, reason -> {:exit_caught, reason}
  end
IO.inspect(r)
r2 =
  try do
    exit({:custom, 1})
  catch
    kind, value -> {kind, value}
  end
IO.inspect(r2)
