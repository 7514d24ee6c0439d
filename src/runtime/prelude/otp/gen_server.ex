# GenServer: a generic server, written the way OTP's gen_server.erl is. A server is a plain
# recursive receive loop holding the state; clients talk to it with tagged messages:
#
#   {:"$gen_call", {pid, tag}, request}   GenServer.call/3, answered with {tag, reply}; the tag is
#                                         [:alias | ref] as OTP 25's gen:call makes it
#   {:"$gen_cast", request}               GenServer.cast/2, never answered
#   {:system, from, request}              :sys.get_state/1 and friends
#   anything else                         handle_info/2
#
# User callbacks run only through dispatch/1, which turns a raise, an exit or a bad return
# into the reason the server stops with; the server then calls terminate/2, logs Elixir's
# "GenServer ... terminating" report and exits with that reason, so links and monitors see it.
# https://www.erlang.org/doc/man/gen_server.html  https://hexdocs.pm/elixir/GenServer.html
defmodule GenServer do
  ## API

  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(false, module, init_arg, options)
  end

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(true, module, init_arg, options)
  end

  def call(server, request, timeout \\ 5000)

  # The common case, a pid, without the name lookup or an intermediate result tuple.
  def call(server, request, timeout) when is_pid(server) and server != self() do
    ref = Process.monitor(server)
    send(server, {:"$gen_call", {self(), [:alias | ref]}, request})

    receive do
      {[:alias | ^ref], reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {GenServer, :call, [server, request, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        :elixir_otp.unalias(ref)
        exit({:timeout, {GenServer, :call, [server, request, timeout]}})
    end
  end

  def call(server, request, timeout) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :call, [server, request, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :call, [server, request, timeout]}})

      pid ->
        case do_call(pid, request, timeout) do
          {:ok, reply} -> reply
          {:exit, reason} -> exit({reason, {GenServer, :call, [server, request, timeout]}})
        end
    end
  end

  def cast(server, request) do
    case whereis(server) do
      nil -> :ok
      pid -> send(pid, {:"$gen_cast", request})
    end

    :ok
  end

  # OTP sends to the alias of an [:alias | ref] tag; the caller's pid reaches the same mailbox.
  def reply({pid, tag}, reply) do
    send(pid, {tag, reply})
    :ok
  end

  # As proc_lib:stop/3 under Elixir's wrapper: whatever goes wrong exits with
  # {why, {GenServer, :stop, [server, reason, timeout]}}.
  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}})

      pid ->
        ref = Process.monitor(pid)
        send(pid, {:system, {self(), [:alias | ref]}, {:terminate, reason}})

        receive do
          {:DOWN, ^ref, _, _, ^reason} -> :ok
          {:DOWN, ^ref, _, _, other} -> exit({other, {GenServer, :stop, [server, reason, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {GenServer, :stop, [server, reason, timeout]}})
        end
    end
  end

  def whereis(server) when is_pid(server), do: server

  def whereis(server) when is_atom(server) do
    Process.whereis(server)
  end

  def whereis({:global, name}) do
    case :global.whereis_name(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  def whereis({:via, mod, name}) do
    case mod.whereis_name(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  def whereis({name, node}) when is_atom(name) and is_atom(node), do: Process.whereis(name)

  ## Starting

  # As gen.erl does, the starter first looks the name up (for {:via, mod, name}, through
  # mod.whereis_name/1, which may raise): a name already taken starts nothing.
  defp do_start(link?, module, init_arg, options) do
    name = start_name(Keyword.get(options, :name))

    case name && whereis(name) do
      pid when is_pid(pid) -> {:error, {:already_started, pid}}
      _ -> spawn_server(link?, module, init_arg, name)
    end
  end

  defp spawn_server(link?, module, init_arg, name) do
    starter = self()
    args = [starter, [starter], GenServer, :init_it, [starter, link?, module, init_arg, name]]
    pid = if link?, do: :erlang.spawn_link(:proc_lib, :init_p, args), else: :erlang.spawn(:proc_lib, :init_p, args)
    ref = Process.monitor(pid)

    receive do
      {:ack, ^pid, {:ok, _} = result} ->
        Process.demonitor(ref, [:flush])
        result

      {:ack, ^pid, result} ->
        # A server that refused to start exits right after its answer. On the BEAM its exit
        # signal reaches a linked caller at once, usually before the caller's next line runs:
        # waiting for the server to be gone gives that order every time.
        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> result
        end

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, reason}
    end
  end

  defp start_name(nil), do: nil
  defp start_name(name) when is_atom(name), do: name
  defp start_name({:global, _} = name), do: name
  defp start_name({:via, mod, _} = name) when is_atom(mod), do: name

  defp start_name(other) do
    raise ArgumentError,
          "expected :name option to be one of the following:\n\n  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\nGot: " <>
            inspect(other) <> "\n"
  end

  @doc false
  def init_it(starter, link?, module, init_arg, name) do
    parent = if link?, do: starter, else: self()
    Process.put(:"$ancestors", [starter])
    Process.put(:"$initial_call", initial_call(module, init_arg))

    case register_name(name) do
      :ok ->
        case dispatch(fn -> module.init(init_arg) end) do
          {:ok, {:ok, state}} ->
            ack(starter, {:ok, self()})
            loop(parent, name, module, state, :infinity)

          {:ok, {:ok, state, timeout}} ->
            ack(starter, {:ok, self()})
            loop(parent, name, module, state, timeout)

          {:ok, :ignore} ->
            unregister_name(name)
            ack(starter, :ignore)
            exit(:normal)

          {:ok, {:stop, reason}} ->
            unregister_name(name)
            ack(starter, {:error, reason})
            exit(reason)

          {:ok, other} ->
            unregister_name(name)
            ack(starter, {:error, {:bad_return_value, other}})
            exit({:bad_return_value, other})

          {:EXIT, kind, reason, stack} ->
            # proc_lib's crash report for a failed init is a SASL report, which Elixir's
            # logger does not print by default: the process just exits.
            unregister_name(name)
            reason = exit_reason(kind, reason, stack)
            ack(starter, {:error, reason})
            exit(reason)
        end

      {:error, pid} ->
        ack(starter, {:error, {:already_started, pid}})
        exit(:normal)
    end
  end

  defp ack(starter, result), do: send(starter, {:ack, self(), result})

  # What proc_lib records as the process's start: the callback module's init/1, or for an
  # Agent the function it runs.
  defp initial_call(Agent.Server, fun) when is_function(fun) do
    {:module, m} = :erlang.fun_info(fun, :module)
    {:name, f} = :erlang.fun_info(fun, :name)
    {m, f, 0}
  end

  defp initial_call(module, _init_arg), do: {module, :init, 1}

  defp register_name(nil), do: :ok

  defp register_name(name) when is_atom(name) do
    case Process.whereis(name) do
      nil ->
        Process.register(self(), name)
        :ok

      pid ->
        {:error, pid}
    end
  end

  defp register_name({:global, name}) do
    case :global.register_name(name, self()) do
      :yes -> :ok
      :no -> {:error, :global.whereis_name(name)}
    end
  end

  defp register_name({:via, mod, name}) do
    case mod.register_name(name, self()) do
      :yes -> :ok
      :no -> {:error, mod.whereis_name(name)}
    end
  end

  defp unregister_name(nil), do: :ok
  defp unregister_name(name) when is_atom(name), do: Process.unregister(name)
  defp unregister_name({:global, name}), do: :global.unregister_name(name)
  defp unregister_name({:via, mod, name}), do: mod.unregister_name(name)

  ## Calls

  defp do_call(pid, request, timeout) do
    ref = Process.monitor(pid)
    send(pid, {:"$gen_call", {self(), [:alias | ref]}, request})

    receive do
      {[:alias | ^ref], reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        :elixir_otp.unalias(ref)
        {:exit, :timeout}
    end
  end

  ## The server loop

  defp loop(parent, name, module, state, {:continue, arg}) do
    message = {:continue, arg}
    result = dispatch(fn -> module.handle_continue(arg, state) end)
    handle_noreply(result, parent, name, module, state, message)
  end

  defp loop(parent, name, module, state, :hibernate), do: loop(parent, name, module, state, :infinity)

  # A server waits in :gen_server.loop/7, as on the BEAM, so Process.info(pid, :current_function)
  # and the Observer name the same function there and here.
  defp loop(parent, name, module, state, timeout), do: :gen_server.loop(parent, name, state, module, timeout, :infinity, [])

  @doc false
  def __handle_msg__(message, parent, name, module, state), do: handle_msg(message, parent, name, module, state)

  defp handle_msg({:"$gen_call", from, request}, parent, name, module, state) do
    # The terminating report shows a call's request as its last message.
    message = request

    case try_handle_call(module, request, from, state) do
      {:ok, {:reply, reply, new_state}} ->
        reply(from, reply)
        loop(parent, name, module, new_state, :infinity)

      {:ok, {:reply, reply, new_state, timeout}} ->
        reply(from, reply)
        loop(parent, name, module, new_state, timeout)

      {:ok, {:stop, reason, reply, new_state}} ->
        try do
          terminate(reason, nil, name, module, message, new_state, from)
        after
          reply(from, reply)
        end

      result ->
        handle_noreply(result, parent, name, module, state, message, from)
    end
  end

  defp handle_msg({:"$gen_cast", request} = message, parent, name, module, state) do
    result = dispatch(fn -> module.handle_cast(request, state) end)
    handle_noreply(result, parent, name, module, state, message)
  end

  defp handle_msg({:system, from, request}, parent, name, module, state) do
    system(request, from, parent, name, module, state)
  end

  defp handle_msg({:EXIT, parent, reason} = message, parent, name, module, state) when parent != self() do
    terminate(reason, nil, name, module, message, state, nil)
  end

  defp handle_msg(message, parent, name, module, state) do
    result = dispatch(fn -> module.handle_info(message, state) end)
    handle_noreply(result, parent, name, module, state, message)
  end

  defp handle_noreply(result, parent, name, module, state, message, from \\ nil) do
    case result do
      {:ok, {:noreply, new_state}} ->
        loop(parent, name, module, new_state, :infinity)

      {:ok, {:noreply, new_state, timeout}} when timeout == :infinity or timeout == :hibernate or is_integer(timeout) ->
        loop(parent, name, module, new_state, timeout)

      {:ok, {:noreply, new_state, {:continue, _} = continue}} ->
        loop(parent, name, module, new_state, continue)

      {:ok, {:stop, reason, new_state}} ->
        terminate(reason, nil, name, module, message, new_state, from)

      {:ok, other} ->
        terminate({:bad_return_value, other}, nil, name, module, message, state, from)

      {:EXIT, kind, reason, stack} ->
        terminate(exit_reason(kind, reason, stack), stack, name, module, message, state, from)
    end
  end

  # :sys requests (get_state, replace_state, get_status) and GenServer.stop/3.
  defp system(:get_state, from, parent, name, module, state) do
    reply(from, state)
    loop(parent, name, module, state, :infinity)
  end

  defp system({:replace_state, fun}, from, parent, name, module, state) do
    new_state = fun.(state)
    reply(from, new_state)
    loop(parent, name, module, new_state, :infinity)
  end

  defp system(:get_status, from, parent, name, module, state) do
    header = 'Status for generic server ' ++ status_name(name)

    status =
      {:status, self(), {:module, :gen_server},
       [
         Process.get() |> Enum.filter(fn {k, _} -> k in [:"$ancestors", :"$initial_call"] end) |> Enum.sort(),
         :running,
         parent,
         [],
         [
           header: header,
           data: [{'Status', :running}, {'Parent', parent}, {'Logged events', []}],
           data: [{'State', state}]
         ]
       ]}

    reply(from, status)
    loop(parent, name, module, state, :infinity)
  end

  # gen_server's system_terminate: no message led to it, which its report shows as [].
  defp system({:terminate, reason}, _from, _parent, name, module, state) do
    terminate(reason, nil, name, module, [], state, nil)
  end

  defp status_name(nil), do: :erlang.pid_to_list(self())
  defp status_name(name) when is_atom(name), do: Atom.to_charlist(name)
  defp status_name({_, name}), do: String.to_charlist(inspect(name))
  defp status_name({_, _, name}), do: String.to_charlist(inspect(name))

  ## Stopping

  defp terminate(reason, stack, name, module, message, state, from) do
    reason =
      if function_exported?(module, :terminate, 2) do
        case dispatch(fn -> module.terminate(reason, state) end) do
          {:EXIT, kind, r, st} ->
            exit_reason(kind, r, st)

          _ ->
            reason
        end
      else
        reason
      end

    unless quiet?(reason) do
      report(reason, stack, name, message, state, from)
    end

    exit(reason)
  end

  defp quiet?(:normal), do: true
  defp quiet?(:shutdown), do: true
  defp quiet?({:shutdown, _}), do: true
  defp quiet?(_), do: false

  # Elixir's logger translation of gen_server's terminate report.
  defp report(reason, _stack, name, message, state, from) do
    who = if name == nil, do: inspect(self()), else: inspect(name)

    last =
      case from do
        {client, _} -> "Last message (from #{inspect(client)}): #{inspect(message)}"
        _ -> "Last message: #{inspect(message)}"
      end

    client =
      case from do
        {client, _} ->
          alive = if Process.alive?(client), do: "alive", else: "dead"
          "\nClient #{inspect(client)} is #{alive}\n\n    (elixir 1.14.0) lib/gen_server.ex:1035: GenServer.call/3"

        _ ->
          ""
      end

    :elixir_otp.log_error(
      "GenServer #{who} terminating\n" <>
        :elixir_otp.format_stop(reason) <> "\n" <> last <> "\nState: " <> inspect(state) <> client
    )
  end

  ## Running callbacks

  # Every user callback runs here: a throw is a return value (as in gen_server), anything else
  # that escapes becomes {:EXIT, kind, reason, stacktrace}.
  defp dispatch(fun) do
    try do
      {:ok, fun.()}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {:EXIT, kind, reason, __STACKTRACE__}
    end
  end

  # dispatch/1 without the closure, for the path every call takes.
  defp try_handle_call(module, request, from, state) do
    try do
      {:ok, module.handle_call(request, from, state)}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {:EXIT, kind, reason, __STACKTRACE__}
    end
  end

  defp exit_reason(:exit, reason, _stack), do: reason
  defp exit_reason(:error, reason, stack), do: {reason, stack}
  defp exit_reason(:throw, value, stack), do: {{:nocatch, value}, stack}

  ## Defaults injected by `use GenServer`

  @doc false
  def __child_spec__(module, init_arg, overrides) do
    Supervisor.child_spec(%{id: module, start: {module, :start_link, [init_arg]}}, overrides)
  end

  @doc false
  def __no_handle_call__(message, state) do
    proc = registered_or_pid()
    raise RuntimeError, "attempted to call GenServer #{inspect(proc)} but no handle_call/3 clause was provided"
    {:stop, {:bad_call, message}, state}
  end

  @doc false
  def __no_handle_cast__(message, state) do
    proc = registered_or_pid()
    raise RuntimeError, "attempted to cast GenServer #{inspect(proc)} but no handle_cast/2 clause was provided"
    {:stop, {:bad_cast, message}, state}
  end

  @doc false
  def __no_handle_info__(module, message, state) do
    proc = registered_or_pid()
    :elixir_otp.log_error("#{inspect(module)} #{inspect(proc)} received unexpected message in handle_info/2: #{inspect(message)}\n")
    {:noreply, state}
  end

  defp registered_or_pid do
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  end
end

# Every OTP process starts here, so that Process.info(pid, :initial_call) reads
# {:proc_lib, :init_p, 5} as on the BEAM, and its dictionary has what proc_lib puts there: the
# processes that started it (its parent first) and the function it was started with.
defmodule :proc_lib do
  def init_p(parent, ancestors, module, function, args) do
    Process.put(:"$ancestors", [parent | ancestors])
    Process.put(:"$initial_call", {module, function, length(args)})
    apply(module, function, args)
  end
end

defmodule :sys do
  def get_state(server, timeout \\ 5000), do: system_call(server, :get_state, timeout, :get_state)
  def replace_state(server, fun, timeout \\ 5000), do: system_call(server, {:replace_state, fun}, timeout, :replace_state)
  def get_status(server, timeout \\ 5000), do: system_call(server, :get_status, timeout, :get_status)

  defp system_call(server, request, timeout, fun) do
    pid = GenServer.whereis(server)
    if pid == nil, do: exit({:noproc, {:sys, fun, [server, timeout]}})
    ref = Process.monitor(pid)
    # :sys calls go through gen:call too: the same [:alias | ref] tag.
    send(pid, {:system, {self(), [:alias | ref]}, request})

    receive do
      {[:alias | ^ref], reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {:sys, fun, [server, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        :elixir_otp.unalias(ref)
        exit({:timeout, {:sys, fun, [server, timeout]}})
    end
  end
end

defmodule :gen_server do
  @moduledoc false
  # Only the receive of the server loop lives here (see GenServer.loop/5): what a waiting
  # server's current function is.

  def loop(parent, name, state, module, :infinity, _hibernate_after, _debug) do
    receive do
      message -> GenServer.__handle_msg__(message, parent, name, module, state)
    end
  end

  def loop(parent, name, state, module, timeout, _hibernate_after, _debug) do
    receive do
      message -> GenServer.__handle_msg__(message, parent, name, module, state)
    after
      timeout -> GenServer.__handle_msg__(:timeout, parent, name, module, state)
    end
  end
end
