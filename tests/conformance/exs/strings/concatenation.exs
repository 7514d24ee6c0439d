a = "foo"
b = "bar"
IO.puts(a <> b)
IO.puts(a <> " " <> b)
IO.inspect("x" <> "")
IO.inspect(<<"ab", "cd">>)
IO.inspect(Enum.join(["a", "b", "c"]))
IO.inspect(Enum.join(["a", "b", "c"], ", "))
IO.inspect(IO.iodata_to_binary(["a", ?b, ["c", ["d"]]]))
IO.puts(["io", ?d, ["ata"]])
