# GenServer: continue, hibernate, deferred replies, stop with its exits wrapped as Elixir wraps them, and the report of a terminate/2 that exits during a stop.
defmodule S do
  use GenServer
  def init(n), do: {:ok, n, {:continue, :warm}}
  def handle_continue(:warm, n), do: {:noreply, n + 100}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:hib, _from, n), do: {:reply, :ok, n, :hibernate}
  def handle_call({:later, x}, from, n) do
    spawn(fn -> GenServer.reply(from, x * 2) end)
    {:noreply, n}
  end
  def handle_call(:stop_me, _from, n), do: {:stop, :normal, :bye, n}
  def handle_cast({:add, x}, n), do: {:noreply, n + x}
  def handle_info(:tick, n), do: {:noreply, n + 1}
end
{:ok, s} = GenServer.start_link(S, 1, name: Srv)
IO.inspect(GenServer.call(Srv, :get))
GenServer.cast(Srv, {:add, 5})
send(Srv, :tick)
IO.inspect(GenServer.call(s, :get))
IO.inspect(GenServer.call(s, :hib))
IO.inspect(GenServer.call(s, {:later, 21}))
IO.inspect(:sys.get_state(s))
IO.inspect(GenServer.whereis(Srv) == s)
IO.inspect(GenServer.call(s, :stop_me))
Process.sleep(10)
IO.inspect(Process.alive?(s))
try do
  GenServer.call(Srv, :get)
catch
  :exit, r -> IO.puts(Exception.format_exit(r))
end
IO.inspect(GenServer.cast(:nobody, :x))
{:ok, s2} = GenServer.start(S, 1)
IO.inspect(GenServer.stop(s2))
try do
  GenServer.stop(s2)
catch
  :exit, r -> IO.inspect(r)
end
defmodule Slow do
  use GenServer
  def init(x), do: {:ok, x}
  def terminate(_, _), do: Process.sleep(200)
end
{:ok, s3} = GenServer.start(Slow, 1)
try do
  GenServer.stop(s3, :normal, 20)
catch
  :exit, {r, {m, f, _}} -> IO.inspect({r, m, f})
end
defmodule Crashy do
  use GenServer
  def init(x), do: {:ok, x}
  def terminate(_, _), do: exit(:oops)
end
{:ok, s4} = GenServer.start(Crashy, 1)
try do
  GenServer.stop(s4)
catch
  :exit, {r, {m, f, _}} -> IO.inspect({r, m, f})
end
