defmodule Car do
  defstruct [:make]
end

defmodule Main do
  def run do
    c = Function.identity(%Car{make: "VW"})
    try do
      Map.put(c, :color, :red) |> IO.inspect()
      %{c | color: :red}
    rescue
      e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
    end
  end
end

Main.run()
