# The GenServer every tutorial writes: a counter with call, cast and info.
defmodule Counter do
  use GenServer

  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def increment, do: GenServer.cast(__MODULE__, :increment)
  def value, do: GenServer.call(__MODULE__, :value)
  def add(n), do: GenServer.call(__MODULE__, {:add, n})

  @impl true
  def init(initial) do
    IO.puts("init with #{initial}")
    {:ok, initial}
  end

  @impl true
  def handle_cast(:increment, state), do: {:noreply, state + 1}

  @impl true
  def handle_call(:value, _from, state), do: {:reply, state, state}
  def handle_call({:add, n}, _from, state), do: {:reply, :ok, state + n}

  @impl true
  def handle_info(:tick, state) do
    IO.puts("tick at #{state}")
    {:noreply, state}
  end
end

{:ok, pid} = Counter.start_link(10)
IO.inspect(is_pid(pid))
Counter.increment()
Counter.increment()
IO.inspect(Counter.value())
:ok = Counter.add(5)
IO.inspect(Counter.value())
send(Counter, :tick)
IO.inspect(GenServer.call(Counter, :value))
IO.inspect(Process.whereis(Counter) == pid)
IO.inspect(GenServer.stop(Counter))
IO.inspect(Process.whereis(Counter))
IO.inspect(Counter.start_link(0) |> elem(0))
IO.inspect(Counter.start_link(0) |> elem(0))
