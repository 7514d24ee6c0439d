# The same refusal seen by a caller trapping exits: {:error, reason}, then the EXIT message.
defmodule Refuser do
  use GenServer
  def init(reason), do: {:stop, reason}
end

Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Refuser, :no_way), label: "result")
receive do
  {:EXIT, pid, reason} -> IO.inspect({is_pid(pid), reason}, label: "EXIT")
after
  100 -> IO.puts("no EXIT")
end
IO.inspect(GenServer.start_link(Refuser, :normal), label: "normal")
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT normal")
after
  100 -> IO.puts("no EXIT")
end
