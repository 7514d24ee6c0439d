# 10,000 restarts of a killed supervised worker: the kill, the supervisor's {:EXIT, ...}, a new
# GenServer started and registered. Each new worker tells the benchmark it is up once its
# start is complete (from handle_continue), so nothing polls.
defmodule Worker do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)

  def init(n), do: {:ok, n, {:continue, :announce}}

  def handle_continue(:announce, n) do
    send(:bench, {:started, self()})
    {:noreply, n}
  end
end

defmodule Bench do
  def restarts(0, _pid), do: :ok

  def restarts(n, pid) do
    Process.exit(pid, :kill)

    receive do
      {:started, new} -> restarts(n - 1, new)
    end
  end
end

Process.register(self(), :bench)
{:ok, _sup} = Supervisor.start_link([Worker], strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
first = receive do: ({:started, pid} -> pid)
{us, :ok} = :timer.tc(fn -> Bench.restarts(10_000, first) end)
IO.puts("restarts: 10000")
IO.puts("time: #{div(us, 1000)} ms")
