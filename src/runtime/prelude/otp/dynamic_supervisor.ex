# DynamicSupervisor: a supervisor that starts with no children and starts them on demand,
# one_for_one, each child known by its pid. A GenServer, like Supervisor.
# https://hexdocs.pm/elixir/DynamicSupervisor.html
defmodule DynamicSupervisor do
  ## API

  def start_link(options) when is_list(options) do
    {flags, start_opts} = Keyword.split(options, [:strategy, :max_restarts, :max_seconds, :max_children, :extra_arguments])
    start_link(DynamicSupervisor.Default, flags, start_opts)
  end

  def start_link(module, init_arg, options \\ []) do
    GenServer.start_link(DynamicSupervisor, {module, init_arg, Keyword.get(options, :name)}, options)
  end

  def init(options) when is_list(options) do
    {:ok,
     %{
       strategy: Keyword.get(options, :strategy, :one_for_one),
       intensity: Keyword.get(options, :max_restarts, 3),
       period: Keyword.get(options, :max_seconds, 5),
       max_children: Keyword.get(options, :max_children, :infinity),
       extra_arguments: Keyword.get(options, :extra_arguments, [])
     }}
  end

  def start_child(supervisor, spec) do
    spec = Supervisor.child_spec(spec, [])
    GenServer.call(supervisor, {:start_child, spec}, :infinity)
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: GenServer.call(supervisor, {:terminate_child, pid}, :infinity)
  def which_children(supervisor), do: GenServer.call(supervisor, :which_children, :infinity)
  def count_children(supervisor), do: GenServer.call(supervisor, :count_children, :infinity)
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(supervisor, reason, timeout)

  def child_spec(options) do
    %{id: Keyword.get(options, :name, DynamicSupervisor), start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  ## GenServer callbacks

  @doc false
  def init({module, init_arg, name}) do
    Process.flag(:trap_exit, true)
    Process.put(:"$initial_call", {:supervisor, module, 1})

    case module.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        state = %{
          strategy: Map.get(flags, :strategy, :one_for_one),
          intensity: Map.get(flags, :intensity, 1),
          period: Map.get(flags, :period, 5),
          max_children: Map.get(flags, :max_children, :infinity),
          extra_arguments: Map.get(flags, :extra_arguments, []),
          name: name || self(),
          children: %{},
          restarts: []
        }

        case validate_flags(state) do
          :ok -> {:ok, state}
          {:error, reason} -> {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp validate_flags(%{strategy: strategy, intensity: intensity, period: period, max_children: max, extra_arguments: extra}) do
    cond do
      strategy != :one_for_one -> {:error, {:invalid_strategy, strategy}}
      not (is_integer(intensity) and intensity >= 0) -> {:error, {:invalid_intensity, intensity}}
      not (is_integer(period) and period > 0) -> {:error, {:invalid_period, period}}
      not (max == :infinity or (is_integer(max) and max >= 0)) -> {:error, {:invalid_max_children, max}}
      not is_list(extra) -> {:error, {:invalid_extra_arguments, extra}}
      true -> :ok
    end
  end

  @doc false
  def handle_call({:start_child, spec}, _from, state) do
    if state.max_children != :infinity and map_size(state.children) >= state.max_children do
      {:reply, {:error, :max_children}, state}
    else
      %{start: {m, f, a}} = spec
      child = %{spec | start: {m, f, state.extra_arguments ++ a}}

      case start(child) do
        {:ok, pid} ->
          :elixir_otp.supervisor_event({:start, :undefined, pid})
          {:reply, {:ok, pid}, %{state | children: Map.put(state.children, pid, child)}}

        other ->
          {:reply, other, state}
      end
    end
  end

  # Task.Supervisor's children: Task.Supervised processes, with the supervisor's restart and
  # shutdown unless the call names its own.
  def handle_call({:start_task, args, restart, shutdown}, from, state) do
    {default_restart, default_shutdown} = Process.get(Task.Supervisor, {:temporary, 5000})

    spec = %{
      id: Task.Supervised,
      start: {Task.Supervised, :start_link, args},
      restart: restart || default_restart,
      shutdown: shutdown || default_shutdown
    }

    handle_call({:start_child, spec}, from, state)
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case Map.fetch(state.children, pid) do
      {:ok, child} ->
        reason = Supervisor.__shutdown_child__(pid, Map.get(child, :shutdown, 5000))
        :elixir_otp.supervisor_event({:stop, :undefined, pid, reason})
        {:reply, :ok, %{state | children: Map.delete(state.children, pid)}}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      for {pid, child} <- state.children do
        {:undefined, pid, Map.get(child, :type, :worker), Map.get(child, :modules, [elem(child.start, 0)])}
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    children = Map.values(state.children)
    supervisors = Enum.count(children, fn c -> Map.get(c, :type, :worker) == :supervisor end)
    n = length(children)
    {:reply, %{active: n, specs: n, supervisors: supervisors, workers: n - supervisors}, state}
  end

  @doc false
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def handle_info({:EXIT, pid, reason}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, child} ->
        :elixir_otp.supervisor_event({:stop, :undefined, pid, reason})
        children = Map.delete(state.children, pid)
        state = %{state | children: children}

        case {Map.get(child, :restart, :permanent), reason} do
          {:temporary, _} -> {:noreply, state}
          {:transient, r} when r == :normal or r == :shutdown -> {:noreply, state}
          {:transient, {:shutdown, _}} -> {:noreply, state}
          _ -> restart(child, pid, reason, state)
        end

      :error ->
        {:noreply, state}
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @doc false
  def terminate(_reason, state) do
    Enum.each(state.children, fn {pid, child} -> Supervisor.__shutdown_child__(pid, Map.get(child, :shutdown, 5000)) end)
  end

  defp restart(child, old_pid, reason, state) do
    {verdict, restarts} = :supervisor.add_restart(state.restarts, state.intensity, state.period)
    state = %{state | restarts: restarts}

    if verdict == :shutdown do
      {:stop, :shutdown, state}
    else
      case start(child) do
        {:ok, pid} ->
          :elixir_otp.supervisor_event({:restart, :undefined, old_pid, pid, reason})
          {:noreply, %{state | children: Map.put(state.children, pid, child)}}

        _ ->
          restart(child, old_pid, reason, state)
      end
    end
  end

  defp start(%{start: {m, f, a}}) do
    try do
      case apply(m, f, a) do
        {:ok, pid} -> {:ok, pid}
        {:ok, pid, _} -> {:ok, pid}
        :ignore -> :ignore
        {:error, reason} -> {:error, reason}
        other -> {:error, other}
      end
    catch
      :exit, reason -> {:error, reason}
      :error, reason -> {:error, {reason, __STACKTRACE__}}
    end
  end
end

defmodule DynamicSupervisor.Default do
  @moduledoc false
  def init(options), do: DynamicSupervisor.init(options)
end

# Task.Supervisor: a DynamicSupervisor of temporary tasks. async/async_nolink start a replying
# task under it (linked to the caller or not), start_child a fire-and-forget one, and
# async_stream/async_stream_nolink run Task.async_stream's machinery with supervised tasks.
# https://hexdocs.pm/elixir/Task.Supervisor.html
defmodule Task.Supervisor do
  def start_link(options \\ []) do
    {restart, options} = Keyword.pop(options, :restart, :temporary)
    {shutdown, options} = Keyword.pop(options, :shutdown, 5000)
    {flags, start_opts} = Keyword.split(options, [:max_restarts, :max_seconds, :max_children])
    DynamicSupervisor.start_link(Task.Supervisor, {{restart, shutdown}, flags}, start_opts)
  end

  # The defaults for its tasks live in the supervisor's dictionary, as in Elixir.
  @doc false
  def init({{restart, shutdown}, flags}) do
    Process.put(Task.Supervisor, {restart, shutdown})
    DynamicSupervisor.init(Keyword.put(flags, :strategy, :one_for_one))
  end

  def child_spec(options) when is_list(options) do
    %{id: Keyword.get(options, :name, Task.Supervisor), start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_child(supervisor, fun, options \\ []) when is_function(fun, 0) do
    start_task(supervisor, [self(), Task.Supervised.callers(self()), {:erlang, :apply, [fun, []]}], options[:restart], options[:shutdown])
  end

  def start_child(supervisor, module, function, args, options) when is_atom(function) and is_list(args) do
    start_task(supervisor, [self(), Task.Supervised.callers(self()), {module, function, args}], options[:restart], options[:shutdown])
  end

  def async(supervisor, fun, options \\ []) when is_function(fun, 0), do: async(supervisor, :link, :erlang, :apply, [fun, []], options)
  def async(supervisor, module, function, args, options \\ []), do: async(supervisor, :link, module, function, args, options)
  def async_nolink(supervisor, fun, options \\ []) when is_function(fun, 0), do: async(supervisor, :nolink, :erlang, :apply, [fun, []], options)
  def async_nolink(supervisor, module, function, args, options \\ []), do: async(supervisor, :nolink, module, function, args, options)

  defp async(supervisor, link, module, function, args, options) do
    owner = self()

    case start_task(supervisor, [owner, :monitor], :temporary, options[:shutdown]) do
      {:ok, pid} ->
        if link == :link, do: Process.link(pid)
        ref = Process.monitor(pid)
        send(pid, {owner, ref, owner, Task.Supervised.callers(owner), {module, function, args}})
        %Task{pid: pid, ref: ref, owner: owner, mfa: {module, function, length(args)}}

      {:error, :max_children} ->
        raise RuntimeError, __max_children__()
    end
  end

  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1), do: build_stream(supervisor, :link, enumerable, fun, options)
  def async_stream(supervisor, enumerable, module, function, args, options \\ []), do: build_stream(supervisor, :link, enumerable, {module, function, args}, options)
  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1), do: build_stream(supervisor, :nolink, enumerable, fun, options)
  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ []), do: build_stream(supervisor, :nolink, enumerable, {module, function, args}, options)

  defp build_stream(supervisor, link, enumerable, fun, options) do
    fn {:cont, acc}, reducer ->
      owner = self()

      # Runs in the stream's monitor process: a linked task is linked to the monitor.
      Task.Supervised.stream(enumerable, acc, reducer, fun, options, fn ->
        case start_task(supervisor, [owner, :monitor], :temporary, options[:shutdown]) do
          {:ok, pid} ->
            if link == :link, do: Process.link(pid)
            {:ok, link, pid}

          {:error, :max_children} ->
            {:error, :max_children}
        end
      end)
    end
  end

  @doc false
  def __max_children__ do
    "reached the maximum number of tasks for this task supervisor. The maximum number of tasks that are allowed to run at the same time under this supervisor can be configured with the :max_children option passed to Task.Supervisor.start_link/1"
  end

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: DynamicSupervisor.terminate_child(supervisor, pid)

  defp start_task(supervisor, args, restart, shutdown) do
    GenServer.call(supervisor, {:start_task, args, restart, shutdown}, :infinity)
  end
end
