defmodule Mortal do
  use GenServer

  def init(parent) do
    Process.flag(:trap_exit, true)
    {:ok, parent}
  end

  def handle_call(:stop_me, _from, parent), do: {:stop, :normal, :stopping, parent}

  def terminate(reason, parent) do
    send(parent, {:terminated, reason})
  end
end

{:ok, pid} = GenServer.start(Mortal, self())
IO.inspect(GenServer.call(pid, :stop_me))
receive do
  {:terminated, reason} -> IO.inspect(reason, label: "terminate/2 called with")
end
Process.sleep(10)
IO.inspect(Process.alive?(pid))
{:ok, pid2} = GenServer.start(Mortal, self())
IO.inspect(GenServer.stop(pid2, :shutdown))
receive do
  {:terminated, reason} -> IO.inspect(reason, label: "stop/2 reason")
end
