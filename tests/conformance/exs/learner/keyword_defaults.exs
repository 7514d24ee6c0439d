# Keyword lists as options, and default arguments.
defmodule Greeting do
  def greet(name, opts \\ []) do
    greeting = Keyword.get(opts, :greeting, "Hello")
    punct = Keyword.get(opts, :punct, "!")
    "#{greeting}, #{name}#{punct}"
  end

  def range(from \\ 1, to), do: Enum.to_list(from..to)
end

IO.puts(Greeting.greet("Ada"))
IO.puts(Greeting.greet("Ada", greeting: "Hi"))
IO.puts(Greeting.greet("Ada", punct: "?", greeting: "Hey"))
IO.inspect(Greeting.range(3))
IO.inspect(Greeting.range(2, 4))
opts = [a: 1, b: 2, a: 3]
IO.inspect(Keyword.get(opts, :a))
IO.inspect(Keyword.get_values(opts, :a))
IO.inspect(Keyword.put(opts, :a, 0))
IO.inspect(Keyword.delete(opts, :a))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4]))
IO.inspect(Keyword.keys(opts))
IO.inspect(Keyword.has_key?(opts, :b))
IO.inspect(Keyword.take(opts, [:b]))
IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
IO.inspect(Keyword.validate([c: 1], [:a, b: 2]))
IO.inspect(opts[:b])
IO.inspect([{:a, 1}] == [a: 1])
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}]))
IO.inspect(Keyword.pop(opts, :a))
IO.inspect(Keyword.fetch!(opts, :b))
