defmodule T do
  defstruct c: 0
end
defimpl Inspect, for: T do
  def inspect(%T{c: c}, _), do: "#T<#{c}>"
end
defmodule Main do
  def run(x) do
    try do
      1 = x
    rescue
      e -> IO.puts(Exception.message(e))
    end
    {:ok, _} = x
  end
end
Main.run([struct(T, c: 1)])
