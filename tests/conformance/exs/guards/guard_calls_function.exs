# A function of the module cannot be called in a guard, even one that returns a boolean.
defmodule Ages do
  def adult?(age), do: age >= 18

  def greet(age) when adult?(age), do: "Welcome"
  def greet(_), do: "Sorry"
end

IO.puts(Ages.greet(20))
