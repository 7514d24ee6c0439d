# A GenServer with handle_continue, a catch-all handle_info, :sys.get_state and terminate.
defmodule Cache do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, opts)
  def init(:ok), do: {:ok, %{}, {:continue, :warm}}
  def handle_continue(:warm, state) do
    IO.puts("warming up")
    {:noreply, Map.put(state, :ready, true)}
  end
  def handle_call({:get, k}, _from, s), do: {:reply, Map.get(s, k), s}
  def handle_cast({:put, k, v}, s), do: {:noreply, Map.put(s, k, v)}
  def handle_info(msg, s) do
    IO.inspect(msg, label: "unexpected")
    {:noreply, s}
  end
  def terminate(reason, _s), do: IO.inspect(reason, label: "terminate")
end
{:ok, pid} = Cache.start_link(name: MyCache)
GenServer.cast(MyCache, {:put, :a, 1})
IO.inspect(GenServer.call(MyCache, {:get, :a}))
IO.inspect(GenServer.call(MyCache, {:get, :ready}))
send(pid, :stray)
Process.sleep(10)
IO.inspect(:sys.get_state(MyCache))
GenServer.stop(MyCache, :shutdown)
IO.inspect(Process.alive?(pid))
