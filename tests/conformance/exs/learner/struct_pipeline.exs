# A struct updated through a pipeline, with a guard clause for bad input, and @derive Inspect.
defmodule BankAccount do
  defstruct balance: 0, owner: nil
  def new(owner), do: %__MODULE__{owner: owner}
  def deposit(%__MODULE__{} = acc, amount) when amount > 0, do: %{acc | balance: acc.balance + amount}
  def deposit(_acc, amount), do: {:error, "invalid amount: #{amount}"}
end
acc = BankAccount.new("Ada") |> BankAccount.deposit(50) |> BankAccount.deposit(25)
IO.inspect(acc)
IO.inspect(BankAccount.deposit(acc, -5))
IO.puts("#{acc.owner} has #{acc.balance}")
IO.inspect(acc, structs: false)
IO.inspect(Map.from_struct(acc) |> Map.keys())
defmodule Wallet do
  @derive {Inspect, except: [:secret]}
  defstruct [:id, :secret]
end
IO.inspect(struct(Wallet, id: 1, secret: "x"))
