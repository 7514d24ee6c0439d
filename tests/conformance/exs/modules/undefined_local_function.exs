defmodule Greeter do
  def hello(name), do: "Hello, " <> name

  def run do
    IO.puts(hello("world"))
    IO.puts(shout("world"))
  end
end

Greeter.run()
