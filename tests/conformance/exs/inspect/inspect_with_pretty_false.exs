IO.puts(inspect(Enum.to_list(1..40)))
IO.puts(inspect(%{list: Enum.to_list(1..30), name: "x"}, pretty: true))
IO.puts(inspect(%{list: Enum.to_list(1..30), name: "x"}, pretty: true, width: 50))
