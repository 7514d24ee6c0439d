fetch = fn
  :a -> {:ok, 1}
  :b -> {:ok, 2}
  _ -> {:error, :not_found}
end
r1 = with {:ok, a} <- fetch.(:a), {:ok, b} <- fetch.(:b), do: a + b
IO.inspect(r1)
r2 = with {:ok, a} <- fetch.(:a), {:ok, c} <- fetch.(:c), do: a + c
IO.inspect(r2)
r3 =
  with {:ok, a} <- fetch.(:a),
       double = a * 2,
       true <- double > 1 do
    {:doubled, double}
  else
    {:error, reason} -> {:failed, reason}
    false -> :too_small
  end
IO.inspect(r3)
r4 =
  with {:ok, _} <- fetch.(:zzz) do
    :never
  else
    {:error, reason} -> {:failed, reason}
  end
IO.inspect(r4)
