defmodule Deferred do
  use GenServer

  def init(_), do: {:ok, nil}

  def handle_call(:wait, from, nil), do: {:noreply, from}
  def handle_call(:release, _from, waiting) do
    GenServer.reply(waiting, :released)
    {:reply, :ok, nil}
  end
end

{:ok, pid} = GenServer.start_link(Deferred, nil)
parent = self()
spawn(fn -> send(parent, {:waiter_got, GenServer.call(pid, :wait)}) end)
Process.sleep(20)
IO.inspect(:sys.get_state(pid) |> is_tuple())
IO.inspect(GenServer.call(pid, :release))
receive do
  {:waiter_got, v} -> IO.inspect(v, label: "waiter got")
end
IO.inspect(:sys.get_state(pid))
