# init/1 returning {:stop, reason} under start_link: the caller gets {:error, reason}, and the
# exit signal of its linked server usually kills it before its next line.
defmodule Refuser do
  use GenServer
  def init(reason), do: {:stop, reason}
end

IO.puts("before")
result = GenServer.start_link(Refuser, :no_way)
IO.inspect(result, label: "result")
IO.puts("after")
