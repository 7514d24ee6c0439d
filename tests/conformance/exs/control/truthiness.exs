for v <- [nil, false, true, 0, "", [], :ok] do
  IO.puts("#{inspect(v)} -> #{if v, do: "truthy", else: "falsy"}")
end
