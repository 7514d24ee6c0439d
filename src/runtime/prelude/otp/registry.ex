# Registry: a local key-value store of processes, for naming them with {:via, Registry, {reg, key}}
# or finding them by key. Entries live in a name table of the runtime and go away when their
# process ends. The registry itself is a process (a GenServer) that owns the table.
# https://hexdocs.pm/elixir/Registry.html
defmodule Registry do
  def start_link(options) do
    keys = Keyword.fetch!(options, :keys)
    name = Keyword.fetch!(options, :name)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    GenServer.start_link(Registry.Server, {name, keys}, name: name)
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  def register(registry, key, value) do
    case :elixir_otp.names_register(registry, key, self(), value) do
      :ok -> {:ok, Process.whereis(registry)}
      error -> error
    end
  end

  def unregister(registry, key), do: :elixir_otp.names_unregister(registry, key, self())
  def lookup(registry, key), do: :elixir_otp.names_lookup(registry, key)
  def keys(registry, pid), do: :elixir_otp.names_keys(registry, pid)
  def count(registry), do: :elixir_otp.names_count(registry)

  ## {:via, Registry, {registry, key}}

  def register_name({registry, key}, pid), do: register_name({registry, key, nil}, pid)

  def register_name({registry, key, value}, pid) when pid == self() do
    case :elixir_otp.names_register(registry, key, pid, value) do
      :ok -> :yes
      _ -> :no
    end
  end

  def whereis_name({registry, key}), do: whereis_name({registry, key, nil})

  def whereis_name({registry, key, _value}) do
    case :elixir_otp.names_lookup(registry, key) do
      [{pid, _}] -> pid
      _ -> :undefined
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, message) do
    case whereis_name({registry, key}) do
      :undefined -> :erlang.error(:badarg, [{registry, key}, message])
      pid -> Kernel.send(pid, message)
    end
  end
end

defmodule Registry.Server do
  @moduledoc false
  use GenServer

  def init({name, keys}) do
    :elixir_otp.names_new(name, keys)
    {:ok, name}
  end
end

defmodule :global do
  def register_name(name, pid) do
    case :elixir_otp.names_register(:global, name, pid, nil) do
      :ok -> :yes
      _ -> :no
    end
  end

  def whereis_name(name) do
    case :elixir_otp.names_lookup(:global, name) do
      [{pid, _}] -> pid
      _ -> :undefined
    end
  end

  def unregister_name(name) do
    case whereis_name(name) do
      :undefined -> :ok
      pid -> :elixir_otp.names_unregister(:global, name, pid)
    end
  end

  def send(name, message) do
    case whereis_name(name) do
      :undefined -> exit({:badarg, {name, message}})
      pid -> Kernel.send(pid, message)
    end
  end
end
