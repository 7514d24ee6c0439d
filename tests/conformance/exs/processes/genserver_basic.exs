defmodule Stack do
  use GenServer

  def init(items), do: {:ok, items}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:peek, _from, state), do: {:reply, state, state}
  def handle_cast({:push, x}, state), do: {:noreply, [x | state]}
end

{:ok, pid} = GenServer.start_link(Stack, [:a])
GenServer.cast(pid, {:push, :b})
IO.inspect(GenServer.call(pid, :peek))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.stop(pid))
