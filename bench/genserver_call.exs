# 100,000 GenServer.call round trips to one server: message passing, selective receive on a
# monitor reference, and the generic server loop.
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
end

defmodule Bench do
  def calls(_pid, 0, last), do: last
  def calls(pid, n, _last), do: calls(pid, n - 1, GenServer.call(pid, :inc))
end

{:ok, pid} = GenServer.start_link(Counter, 0)
{us, result} = :timer.tc(fn -> Bench.calls(pid, 100_000, nil) end)
IO.puts("calls answered: #{result}")
IO.puts("time: #{div(us, 1000)} ms")
