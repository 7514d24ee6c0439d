# defexception, raise/rescue by type, reraise, and exception fields.
defmodule InsufficientFunds do
  defexception [:balance, :amount]

  @impl true
  def message(%{balance: b, amount: a}), do: "cannot withdraw #{a}, balance is #{b}"
end

defmodule NotFound do
  defexception message: "resource not found"
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance,
    do: raise(InsufficientFunds, balance: balance, amount: amount)

  def withdraw(balance, amount), do: balance - amount
end

IO.inspect(Bank.withdraw(100, 30))

try do
  Bank.withdraw(10, 30)
rescue
  e in InsufficientFunds -> IO.puts("rescued: " <> Exception.message(e))
end

try do
  raise NotFound
rescue
  e in [NotFound, ArgumentError] -> IO.inspect(e)
end

try do
  raise NotFound, message: "user 7 not found"
rescue
  e -> IO.puts(e.message)
end

result =
  try do
    String.to_integer("x")
  rescue
    ArgumentError -> :bad_number
  end

IO.inspect(result)

try do
  try do
    raise "inner"
  rescue
    e -> reraise RuntimeError, [message: "outer: " <> e.message], __STACKTRACE__
  end
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(%InsufficientFunds{balance: 1, amount: 2})
IO.inspect(Exception.exception?(%NotFound{}))
raise InsufficientFunds, balance: 5, amount: 50
