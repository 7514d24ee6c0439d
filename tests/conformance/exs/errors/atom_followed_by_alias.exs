IO.inspect(:Elixir.Enum)
