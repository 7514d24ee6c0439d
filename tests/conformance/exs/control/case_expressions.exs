for v <- [{:ok, 1}, {:error, "bad"}, :other, [1, 2, 3]] do
  msg =
    case v do
      {:ok, n} when n > 0 -> "positive ok #{n}"
      {:ok, _} -> "ok"
      {:error, reason} -> "error: #{reason}"
      [_ | _] = l -> "list of #{length(l)}"
      _ -> "unknown"
    end

  IO.puts(msg)
end
