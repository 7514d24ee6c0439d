defmodule Greeter do
  def hello(name \\ "world", punct \\ "!") do
    "Hello, #{name}#{punct}"
  end

  def join(a, b \\ nil, c)
  def join(a, nil, c), do: "#{a}-#{c}"
  def join(a, b, c), do: "#{a}-#{b}-#{c}"
end

IO.puts(Greeter.hello())
IO.puts(Greeter.hello("Ann"))
IO.puts(Greeter.hello("Ann", "?"))
IO.puts(Greeter.join(1, 3))
IO.puts(Greeter.join(1, 2, 3))
