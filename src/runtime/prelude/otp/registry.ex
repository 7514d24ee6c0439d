# Registry: a local key-value store of processes, for naming them with {:via, Registry, {reg, key}},
# finding them by key, or (with duplicate keys) dispatching to every process under a topic.
# As in Elixir, it is a supervisor with one partition process, and its entries are :ets tables:
# a table named after the registry holds the metadata, and the partition's tables hold
# {key, {pid, value}} and {pid, key}. A process that registers is linked to the partition, which
# traps exits and removes the entries of a process that ends.
# https://hexdocs.pm/elixir/Registry.html
defmodule Registry do
  def start_link(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> raise ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"
        :error -> raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])
    unless Keyword.keyword?(meta), do: raise(ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}")
    partitions = Keyword.get(options, :partitions, 1)

    unless is_integer(partitions) and partitions >= 1 do
      raise ArgumentError, "expected :partitions to be a positive integer, got: #{inspect(partitions)}"
    end

    listeners = Keyword.get(options, :listeners, [])

    unless is_list(listeners) and Enum.all?(listeners, &is_atom/1) do
      raise ArgumentError, "expected :listeners to be a list of named processes, got: #{inspect(listeners)}"
    end

    Supervisor.start_link(Registry.Supervisor, {keys, name, listeners, meta}, name: name)
  end

  def start_link(keys, name, options \\ []) when keys in [:unique, :duplicate] and is_atom(name) do
    start_link([keys: keys, name: name] ++ options)
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  ## Registering

  def register(registry, key, value) when is_atom(registry) do
    self = self()
    {kind, key_ets, {partition, pid_ets}, listeners} = info!(registry)
    Process.link(partition)
    true = :ets.insert(pid_ets, {self, key})

    case register_key(kind, key_ets, key, {key, {self, value}}) do
      :ok ->
        for listener <- listeners, do: send(listener, {:register, registry, key, self, value})
        {:ok, partition}

      {:error, _} = error ->
        :ets.delete_object(pid_ets, {self, key})
        unlink_if_unregistered(partition, pid_ets, self)
        error
    end
  end

  # A unique key held by a process that has ended (its exit not handled yet) is free.
  defp register_key(:duplicate, key_ets, _key, entry) do
    true = :ets.insert(key_ets, entry)
    :ok
  end

  defp register_key(:unique, key_ets, key, entry) do
    if :ets.insert_new(key_ets, entry) do
      :ok
    else
      case :ets.lookup(key_ets, key) do
        [{^key, {pid, _}} = current] ->
          if Process.alive?(pid) do
            {:error, {:already_registered, pid}}
          else
            :ets.delete_object(key_ets, current)
            register_key(:unique, key_ets, key, entry)
          end

        [] ->
          register_key(:unique, key_ets, key, entry)
      end
    end
  end

  def unregister(registry, key) when is_atom(registry) do
    self = self()
    {_kind, key_ets, {partition, pid_ets}, listeners} = info!(registry)
    delete_entries(key_ets, key, self)
    :ets.delete_object(pid_ets, {self, key})
    unlink_if_unregistered(partition, pid_ets, self)
    for listener <- listeners, do: send(listener, {:unregister, registry, key, self})
    :ok
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    self = self()
    {_kind, key_ets, {partition, pid_ets}, listeners} = info!(registry)
    key_guard = {:"=:=", {:element, 1, :"$_"}, {:const, key}}
    total = :ets.select_count(key_ets, [{{:_, {self, :_}}, [key_guard], [true]}])

    case :ets.select_delete(key_ets, [{{:_, {self, pattern}}, [key_guard | guards], [true]}]) do
      0 ->
        :ok

      ^total ->
        :ets.delete_object(pid_ets, {self, key})
        unlink_if_unregistered(partition, pid_ets, self)
        for listener <- listeners, do: send(listener, {:unregister, registry, key, self})
        :ok

      deleted ->
        # The pid table keeps one {pid, key} per entry left.
        :ets.delete_object(pid_ets, {self, key})
        :ets.insert(pid_ets, List.duplicate({self, key}, total - deleted))
        :ok
    end
  end

  # The key is compared, never matched: a key such as :_ or :"$1" stands for itself.
  @doc false
  def delete_entries(key_ets, key, pid) do
    :ets.select_delete(key_ets, [{{:_, {pid, :_}}, [{:"=:=", {:element, 1, :"$_"}, {:const, key}}], [true]}])
  end

  defp unlink_if_unregistered(partition, pid_ets, self) do
    unless :ets.member(pid_ets, self), do: Process.unlink(partition)
  end

  def update_value(registry, key, callback) when is_atom(registry) and is_function(callback, 1) do
    case key_info!(registry) do
      {:unique, key_ets} ->
        case :ets.lookup(key_ets, key) do
          [{^key, {pid, old_value}}] when pid == self() ->
            new_value = callback.(old_value)
            :ets.insert(key_ets, {key, {pid, new_value}})
            {new_value, old_value}

          _ ->
            :error
        end

      {kind, _} ->
        raise ArgumentError, "Registry.update_value/3 is not supported for #{kind} registries"
    end
  end

  ## Looking up

  def lookup(registry, key) when is_atom(registry) do
    {_kind, key_ets} = key_info!(registry)
    for {_key, pair} <- :ets.lookup(key_ets, key), do: pair
  end

  def dispatch(registry, key, mfa_or_fun, _options \\ []) when is_atom(registry) and (is_function(mfa_or_fun, 1) or tuple_size(mfa_or_fun) == 3) do
    case lookup(registry, key) do
      [] -> :ok
      entries -> apply_to_entries(entries, mfa_or_fun)
    end

    :ok
  end

  defp apply_to_entries(entries, {module, function, args}), do: apply(module, function, [entries | args])
  defp apply_to_entries(entries, fun), do: fun.(entries)

  def keys(registry, pid) when is_atom(registry) and is_pid(pid) do
    {kind, _key_ets, {_partition, pid_ets}, _listeners} = info!(registry)
    keys = for {_pid, key} <- :ets.lookup(pid_ets, pid), do: key
    if kind == :unique, do: Enum.uniq(keys), else: keys
  end

  def values(registry, key, pid) when is_atom(registry) do
    {_kind, key_ets} = key_info!(registry)
    for {_key, {^pid, value}} <- :ets.lookup(key_ets, key), do: value
  end

  def count(registry) when is_atom(registry) do
    {_kind, key_ets} = key_info!(registry)
    :ets.info(key_ets, :size)
  end

  def match(registry, key, pattern, guards \\ []) when is_atom(registry) and is_list(guards) do
    {_kind, key_ets} = key_info!(registry)
    :ets.select(key_ets, [{{:_, {:_, pattern}}, [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards], [{:element, 2, :"$_"}]}])
  end

  def count_match(registry, key, pattern, guards \\ []) when is_atom(registry) and is_list(guards) do
    {_kind, key_ets} = key_info!(registry)
    :ets.select_count(key_ets, [{{:_, {:_, pattern}}, [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards], [true]}])
  end

  # Match specifications over {key, pid, value}, as the key table holds {key, {pid, value}}.
  def select(registry, spec) when is_atom(registry) and is_list(spec) do
    {_kind, key_ets} = key_info!(registry)
    :ets.select(key_ets, entry_spec(spec, "select/2"))
  end

  def count_select(registry, spec) when is_atom(registry) and is_list(spec) do
    {_kind, key_ets} = key_info!(registry)
    :ets.select_count(key_ets, entry_spec(spec, "count_select/2"))
  end

  defp entry_spec(spec, function) do
    for part <- spec do
      case part do
        {{key, pid, value}, guards, body} -> {{key, {pid, value}}, guards, body}
        _ -> raise ArgumentError, "invalid match specification in Registry.#{function}: #{inspect(spec)}"
      end
    end
  end

  ## Metadata

  def meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    try do
      :ets.lookup(registry, key)
    catch
      :error, _ ->
        raise ArgumentError,
              "unknown registry: #{inspect(registry)}. Either the registry name is invalid or the registry is not running, possibly because its application isn't started"
    else
      [{^key, value}] -> {:ok, value}
      _ -> :error
    end
  end

  def put_meta(registry, key, value) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    try do
      :ets.insert(registry, {key, value})
      :ok
    catch
      :error, _ -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  def delete_meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    try do
      :ets.delete(registry, key)
      :ok
    catch
      :error, _ -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  # The metadata table keeps the partition's tables under -1 (everything) and -2 (what lookups need).
  defp info!(registry) do
    try do
      :ets.lookup_element(registry, -1, 2)
    catch
      :error, _ -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  defp key_info!(registry) do
    try do
      :ets.lookup_element(registry, -2, 2)
    catch
      :error, _ -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  ## {:via, Registry, {registry, key}} and {:via, Registry, {registry, key, value}}

  def register_name({registry, key}, pid), do: register_name({registry, key, nil}, pid)

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def whereis_name({registry, key}), do: whereis(registry, key)
  def whereis_name({registry, key, _value}), do: whereis(registry, key)

  defp whereis(registry, key) do
    case key_info!(registry) do
      {:unique, key_ets} ->
        case :ets.lookup(key_ets, key) do
          [{_, {pid, _}}] -> if Process.alive?(pid), do: pid, else: :undefined
          [] -> :undefined
        end

      {kind, _} ->
        raise ArgumentError, ":via is not supported for #{kind} registries"
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, message) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, message)
      [] -> :erlang.error(:badarg, [{registry, key}, message])
    end
  end

  def send({registry, key, _value}, message), do: Registry.send({registry, key}, message)
end

defmodule Registry.Supervisor do
  @moduledoc false
  use Supervisor

  def init({kind, registry, listeners, meta}) do
    ^registry = :ets.new(registry, [:set, :public, :named_table, read_concurrency: true])
    true = :ets.insert(registry, meta)
    partition = Module.concat(registry, "PIDPartition0")
    arg = {kind, registry, partition, listeners}
    Supervisor.init([%{id: partition, start: {Registry.Partition, :start_link, [partition, arg]}}], strategy: :one_for_all)
  end
end

defmodule Registry.Partition do
  @moduledoc false
  use GenServer

  def start_link(name, arg), do: GenServer.start_link(Registry.Partition, arg, name: name)

  def init({kind, registry, name, listeners}) do
    Process.flag(:trap_exit, true)
    key_ets = :ets.new(Module.concat(registry, "KeyPartition0"), [if(kind == :unique, do: :set, else: :duplicate_bag), :public])
    pid_ets = :ets.new(name, [:duplicate_bag, :public])
    true = :ets.insert(registry, [{-2, {kind, key_ets}}, {-1, {kind, key_ets, {self(), pid_ets}, listeners}}])
    {:ok, {key_ets, pid_ets}}
  end

  # A registered process ended: its entries go.
  def handle_info({:EXIT, pid, _reason}, {key_ets, pid_ets} = state) do
    for {_pid, key} <- :ets.take(pid_ets, pid), do: Registry.delete_entries(key_ets, key, pid)
    {:noreply, state}
  end

  def handle_info(_message, state), do: {:noreply, state}
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
