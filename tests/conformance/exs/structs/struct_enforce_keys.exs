defmodule Account do
  @enforce_keys [:id]
  defstruct [:id, balance: 0]
end

defmodule Main do
  def run do
    IO.inspect(%Account{id: 1})
    IO.inspect(struct!(Account, id: 2, balance: 10))
    try do
      struct!(Account, balance: 5)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
