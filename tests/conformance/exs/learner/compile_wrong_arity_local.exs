# Calling a local function with the wrong number of arguments.
defmodule Greet do
  def hello(name), do: "Hello #{name}"
  def run, do: hello("a", "b")
end
