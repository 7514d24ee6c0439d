# A struct module refers to itself as __MODULE__: %__MODULE__{} to build, match and update.
defmodule Account do
  defstruct balance: 0
  def new, do: %__MODULE__{balance: 1}
  def b(%__MODULE__{balance: b}), do: b
  def up(%__MODULE__{} = a), do: %__MODULE__{a | balance: 5}
end
IO.inspect Account.new()
IO.inspect Account.b(Account.new())
IO.inspect Account.up(Account.new())
