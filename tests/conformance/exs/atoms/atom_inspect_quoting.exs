atoms = [:"foo bar", :"9lives", :+, :-, :"a-b", :Foo, :"Elixir.Foo", :"Elixir.Foo.Bar", Foo.Bar, :"", :"@", :__MODULE__, :"é", :"hello\nworld", :"\"quoted\"", :&&, :|>, :., :..., :"foo?bar", :nil, :true]
for a <- atoms, do: IO.puts(inspect(a))
