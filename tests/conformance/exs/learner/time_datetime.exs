# Times, DateTimes and NaiveDateTimes with fixed values: sigils, arithmetic, ISO 8601.
t = ~T[13:45:00]
IO.inspect(Time.add(t, 3600))
dt = ~U[2024-01-01 12:00:00Z]
IO.inspect(dt)
IO.inspect(DateTime.add(dt, 90, :second))
IO.puts(DateTime.to_iso8601(dt))
IO.inspect(DateTime.to_unix(dt))
IO.inspect(NaiveDateTime.new!(2024, 1, 2, 3, 4, 5))
IO.inspect(Enum.map(Date.range(~D[2024-01-01], ~D[2024-01-03]), &Date.to_string/1))
