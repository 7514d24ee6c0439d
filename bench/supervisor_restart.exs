# 10,000 restarts of a killed supervised worker: kill, the supervisor's {:EXIT, ...}, a new
# GenServer started and registered, and the caller waiting until the name points to it.
defmodule Worker do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  def init(n), do: {:ok, n}
end

defmodule Bench do
  def restarts(0, _old), do: :ok

  def restarts(n, old) do
    Process.exit(old, :kill)
    restarts(n - 1, wait_for_new(old))
  end

  defp wait_for_new(old) do
    case Process.whereis(Worker) do
      pid when is_pid(pid) and pid != old -> pid
      _ ->
        :erlang.yield()
        wait_for_new(old)
    end
  end
end

{:ok, _sup} = Supervisor.start_link([Worker], strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
{us, :ok} = :timer.tc(fn -> Bench.restarts(10_000, Process.whereis(Worker)) end)
IO.puts("restarts: 10000")
IO.puts("time: #{div(us, 1000)} ms")
