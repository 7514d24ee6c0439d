defmodule Account do
  @enforce_keys [:id, :name]
  defstruct [:id, :name, balance: 0]
end
defmodule Main do
  def run do
    IO.inspect(%Account{balance: 1})
  end
end
Main.run()
