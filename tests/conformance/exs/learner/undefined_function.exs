# Calling a function that does not exist ends the script with UndefinedFunctionError.
defmodule Greeter do
  def hello(name), do: "Hello #{name}"
end

IO.puts(Greeter.hello("Ada"))
Greeter.hello("Ada", "Lovelace")
