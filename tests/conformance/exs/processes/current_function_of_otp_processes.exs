p = spawn(fn -> Process.sleep(:infinity) end)
q = spawn(fn -> Process.sleep(10_000) end)
{:ok, g} = Agent.start(fn -> 1 end)
defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
end
{:ok, s} = GenServer.start(S, 1)
{:ok, t} = Task.start(fn -> receive do _ -> :ok end end)
Process.sleep(50)
for x <- [p, q, g, s, t], do: IO.inspect(Process.info(x, [:current_function, :initial_call, :status]))
