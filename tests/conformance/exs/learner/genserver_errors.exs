# GenServer mistakes: calling a name nobody registered, a call that times out, an unknown call.
defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:slow, _from, s) do
    Process.sleep(200)
    {:reply, :done, s}
  end
end

{:ok, pid} = GenServer.start_link(Slow, nil)
try do
  GenServer.call(pid, :slow, 50)
catch
  :exit, reason -> IO.inspect(reason, label: "timeout exit")
end

try do
  GenServer.call(:nobody_here, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "noproc exit")
end

IO.inspect(GenServer.whereis(:nobody_here))
IO.inspect(GenServer.start_link(Slow, nil, name: :slow_one) |> elem(0))
IO.inspect(GenServer.start_link(Slow, nil, name: :slow_one) |> elem(0))
{:error, {:already_started, other}} = GenServer.start_link(Slow, nil, name: :slow_one)
IO.inspect(other == Process.whereis(:slow_one))
Process.sleep(250)
IO.puts("done")
