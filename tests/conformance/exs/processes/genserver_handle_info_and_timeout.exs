defmodule Ticker do
  use GenServer

  def init(parent), do: {:ok, parent, 20}

  def handle_info(:timeout, parent) do
    send(parent, :timed_out)
    {:noreply, parent}
  end

  def handle_info(other, parent) do
    send(parent, {:info, other})
    {:noreply, parent}
  end
end

{:ok, pid} = GenServer.start_link(Ticker, self())
receive do
  :timed_out -> IO.puts("init timeout fired")
end
send(pid, :hello)
receive do
  {:info, msg} -> IO.inspect(msg, label: "handle_info got")
end
