defmodule Opts do
  def greet(name, opts \\ []) do
    greeting = Keyword.get(opts, :greeting, "Hello")
    punct = Keyword.get(opts, :punct, "!")
    "#{greeting}, #{name}#{punct}"
  end
end

IO.puts(Opts.greet("Ann"))
IO.puts(Opts.greet("Ann", greeting: "Hi"))
IO.puts(Opts.greet("Ann", punct: "?", greeting: "Yo"))
IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
IO.inspect(Keyword.take([a: 1, b: 2, c: 3], [:a, :c]))
IO.inspect(Keyword.update([a: 1], :a, 0, &(&1 + 1)))
