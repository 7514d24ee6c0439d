# ETS as a cache in front of a GenServer, as in the ETS chapter of Elixir's Mix and OTP guide:
# reads go straight to a named protected table, writes go through the server that owns it.
defmodule KV.Registry do
  use GenServer

  def start_link(opts) do
    server = Keyword.fetch!(opts, :name)
    GenServer.start_link(__MODULE__, server, opts)
  end

  def lookup(server, name) do
    case :ets.lookup(server, name) do
      [{^name, pid}] -> {:ok, pid}
      [] -> :error
    end
  end

  def create(server, name), do: GenServer.call(server, {:create, name})

  @impl true
  def init(table) do
    names = :ets.new(table, [:named_table, read_concurrency: true])
    refs = %{}
    {:ok, {names, refs}}
  end

  @impl true
  def handle_call({:create, name}, _from, {names, refs}) do
    case lookup(names, name) do
      {:ok, pid} ->
        {:reply, pid, {names, refs}}

      :error ->
        {:ok, pid} = Agent.start(fn -> %{} end)
        ref = Process.monitor(pid)
        refs = Map.put(refs, ref, name)
        :ets.insert(names, {name, pid})
        {:reply, pid, {names, refs}}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    :ets.delete(names, name)
    {:noreply, {names, refs}}
  end

  @impl true
  def handle_info(_msg, state), do: {:noreply, state}
end

{:ok, _} = KV.Registry.start_link(name: :registry)
IO.inspect(KV.Registry.lookup(:registry, "shopping"), label: "before create")
pid = KV.Registry.create(:registry, "shopping")
IO.inspect(KV.Registry.lookup(:registry, "shopping") == {:ok, pid}, label: "after create")
IO.inspect(KV.Registry.create(:registry, "shopping") == pid, label: "create twice")
Agent.update(pid, &Map.put(&1, "milk", 3))
IO.inspect(Agent.get(pid, & &1), label: "bucket")
IO.inspect(:ets.info(:registry, :protection), label: "protection")
IO.inspect(:ets.info(:registry, :read_concurrency), label: "read_concurrency")

try do
  :ets.insert(:registry, {"hack", self()})
rescue
  e -> IO.puts("a client writes: " <> Exception.message(e))
end

Agent.stop(pid)
# A synchronous call after the stop: the server has handled the :DOWN by the time it answers.
_ = KV.Registry.create(:registry, "bogus")
IO.inspect(KV.Registry.lookup(:registry, "shopping"), label: "after the bucket stopped")
IO.inspect(:ets.match(:registry, {:"$1", :_}), label: "names left")
