defmodule Solo do
  use GenServer
  def init(x), do: {:ok, x}
end

{:ok, pid} = GenServer.start_link(Solo, 1, name: Solo)
{:error, {:already_started, other}} = GenServer.start_link(Solo, 2, name: Solo)
IO.inspect(other == pid)
IO.inspect(GenServer.whereis(Solo) == pid)
IO.inspect(GenServer.start_link(Solo, 3, name: {:global, :x}) |> elem(0))
