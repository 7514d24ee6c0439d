defmodule Crashy do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:boom, _from, _state), do: {:stop, :boom_reason, nil}
end

{:ok, pid} = GenServer.start(Crashy, nil)
try do
  GenServer.call(pid, :boom)
catch
  :exit, {reason, {GenServer, :call, [^pid, :boom, 5000]}} -> IO.inspect(reason, label: "caller exits with")
end
Process.sleep(50)
IO.inspect(Process.alive?(pid))
