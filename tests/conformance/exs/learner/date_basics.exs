# Dates with fixed values (no clock reads).
d = ~D[2024-02-28]
IO.inspect(d)
IO.inspect(Date.add(d, 2))
IO.inspect(Date.diff(~D[2024-03-01], d))
IO.inspect(Date.day_of_week(d))
IO.inspect({d.year, d.month, d.day})
IO.inspect(Date.leap_year?(d))
IO.puts(Date.to_iso8601(d))
IO.inspect(Date.from_iso8601("2023-12-25"))
IO.inspect(Date.compare(~D[2024-01-01], ~D[2023-01-01]))
