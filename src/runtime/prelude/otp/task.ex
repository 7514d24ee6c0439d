# Task: a process that runs one function. Task.async/1 starts one linked to its owner, which
# monitors it too; the task waits for {owner, ref, reply_to, mfa}, runs it and sends back
# {ref, result}, so await/2 sees either the reply or a :DOWN. Task.start/1 and start_link/1 run
# a function without replying (start_link is how a Task sits in a supervision tree).
# https://hexdocs.pm/elixir/Task.html
defmodule Task do
  defstruct [:mfa, :owner, :pid, :ref]

  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  def async(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    {:ok, pid} = Task.Supervised.start_link(owner, :nomonitor)
    ref = Process.monitor(pid)
    send(pid, {owner, ref, owner, Task.Supervised.callers(owner), {module, function, args}})
    %Task{pid: pid, ref: ref, owner: owner, mfa: {module, function, length(args)}}
  end

  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])
  def start(module, function, args) when is_atom(module) and is_atom(function) and is_list(args), do: Task.Supervised.start(self(), Task.Supervised.callers(self()), {module, function, args})

  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])
  def start_link(module, function, args) when is_atom(module) and is_atom(function) and is_list(args), do: Task.Supervised.start_link(self(), Task.Supervised.callers(self()), {module, function, args})

  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  def await(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {Task, :await, [task, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {Task, :await, [task, timeout]}})
    end
  end

  # One timeout for the whole list: a timer message ends the wait, and the replies are
  # answered in the order of the tasks whatever order they came in.
  def await_many(tasks, timeout \\ 5000) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    awaiting =
      for %Task{ref: ref, owner: owner} = task <- tasks, into: %{} do
        if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))
        {ref, true}
      end

    within_one_timeout(timeout, fn timeout_ref -> await_replies(tasks, timeout, awaiting, %{}, timeout_ref) end)
  end

  # Runs wait(timeout_ref) with a timer that sends timeout_ref once the whole timeout is over,
  # and leaves no timer nor its message behind.
  defp within_one_timeout(timeout, wait) do
    timeout_ref = make_ref()
    timer = if timeout != :infinity, do: Process.send_after(self(), timeout_ref, timeout)

    try do
      wait.(timeout_ref)
    after
      if timer != nil, do: Process.cancel_timer(timer)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp await_replies(tasks, _timeout, awaiting, replies, _timeout_ref) when map_size(awaiting) == 0 do
    for %Task{ref: ref} <- tasks, do: Map.fetch!(replies, ref)
  end

  defp await_replies(tasks, timeout, awaiting, replies, timeout_ref) do
    receive do
      ^timeout_ref ->
        for {ref, _} <- awaiting, do: Process.demonitor(ref, [:flush])
        exit({:timeout, {Task, :await_many, [tasks, timeout]}})

      {:DOWN, ref, _, _, reason} when is_map_key(awaiting, ref) ->
        for {ref, _} <- awaiting, do: Process.demonitor(ref, [:flush])
        exit({reason, {Task, :await_many, [tasks, timeout]}})

      {ref, reply} when is_map_key(awaiting, ref) ->
        Process.demonitor(ref, [:flush])
        await_replies(tasks, timeout, Map.delete(awaiting, ref), Map.put(replies, ref, reply), timeout_ref)
    end
  end

  def yield(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end
  end

  # Each task gets what arrived within one timeout for all: {:ok, reply}, {:exit, reason} or nil.
  def yield_many(tasks, timeout \\ 5000) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    within_one_timeout(timeout, fn timeout_ref -> collect_yields(tasks, timeout_ref) end)
  end

  defp collect_yields([%Task{ref: ref, owner: owner} = task | rest], timeout_ref) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    result =
      receive do
        {^ref, reply} ->
          Process.demonitor(ref, [:flush])
          {:ok, reply}

        {:DOWN, ^ref, _, _, reason} ->
          {:exit, reason}

        ^timeout_ref ->
          # The time is up: the rest get only what is already in the mailbox.
          send(self(), timeout_ref)
          nil
      end

    [{task, result} | collect_yields(rest, timeout_ref)]
  end

  defp collect_yields([], _timeout_ref), do: []

  # Stops the task and answers what became of it: {:ok, reply} when its reply came first,
  # {:exit, reason} when it died of something else, nil when the shutdown itself ended it.
  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _) do
    raise ArgumentError, "task #{inspect(task)} does not have an associated task process"
  end

  def shutdown(%Task{owner: owner} = task, _) when owner != self() do
    raise ArgumentError, invalid_owner_error(task)
  end

  def shutdown(%Task{pid: pid} = task, :brutal_kill) do
    mon = Process.monitor(pid)
    unlink_exit(pid, :kill)
    shutdown_receive(task, mon, :brutal_kill, :infinity)
  end

  def shutdown(%Task{pid: pid} = task, timeout) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    mon = Process.monitor(pid)
    unlink_exit(pid, :shutdown)
    shutdown_receive(task, mon, :shutdown, timeout)
  end

  defp unlink_exit(pid, reason) do
    Process.unlink(pid)
    Process.exit(pid, reason)
  end

  defp shutdown_receive(%Task{ref: ref} = task, mon, type, timeout) do
    receive do
      {:DOWN, ^mon, _, _, :shutdown} when type in [:shutdown, :timeout_kill] ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref)

      {:DOWN, ^mon, _, _, :killed} when type == :brutal_kill ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref)

      # The task had ended already: its own :DOWN tells how.
      {:DOWN, ^mon, _, _, :noproc} ->
        flush_reply(ref) || flush_noproc(ref, type)

      {:DOWN, ^mon, _, _, reason} ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref) || {:exit, reason}
    after
      timeout ->
        Process.exit(task.pid, :kill)
        shutdown_receive(task, mon, :timeout_kill, :infinity)
    end
  end

  defp flush_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  defp flush_noproc(ref, type) do
    receive do
      {:DOWN, ^ref, _, _, :shutdown} when type in [:shutdown, :timeout_kill] -> nil
      {:DOWN, ^ref, _, _, :killed} when type == :brutal_kill -> nil
      {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
    after
      0 ->
        Process.demonitor(ref, [:flush])
        {:exit, :noproc}
    end
  end

  # A lazy stream: the tasks start when it is enumerated, at most :max_concurrency at a time.
  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1) and is_list(options) do
    build_stream(enumerable, fun, options)
  end

  def async_stream(enumerable, module, function, args, options \\ []) when is_atom(module) and is_atom(function) and is_list(args) do
    build_stream(enumerable, {module, function, args}, options)
  end

  defp build_stream(enumerable, fun, options) do
    fn {:cont, acc}, reducer ->
      owner = self()

      Task.Supervised.stream(enumerable, acc, reducer, fun, options, fn ->
        {:ok, pid} = Task.Supervised.start_link(owner, :nomonitor)
        {:ok, :link, pid}
      end)
    end
  end

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end
end

# The task processes behind Task and Task.Supervisor, and Task.async_stream's machinery. A
# stream runs its tasks under a monitor process linked to the caller: the monitor starts each
# task, times it out, and tells the caller how it ended, so that a task's crash reaches the
# caller through the links (task -> monitor -> caller) unless the caller traps exits.
defmodule Task.Supervised do
  @moduledoc false

  ## Task processes

  def start_link(owner, monitor) when monitor in [:monitor, :nomonitor] do
    {:ok, :erlang.spawn_link(:proc_lib, :init_p, proc_lib_args(:reply, [owner, monitor]))}
  end

  def start_link(owner, callers, mfa) do
    {:ok, :erlang.spawn_link(:proc_lib, :init_p, proc_lib_args(:noreply, [owner, callers, mfa]))}
  end

  def start(owner, callers, mfa) do
    {:ok, :erlang.spawn(:proc_lib, :init_p, proc_lib_args(:noreply, [owner, callers, mfa]))}
  end

  defp proc_lib_args(function, args) do
    ancestors = Process.get(:"$ancestors")
    [self(), if(is_list(ancestors), do: ancestors, else: []), Task.Supervised, function, args]
  end

  # Once a task knows what it runs: its :"$initial_call" is that function (as proc_lib names a
  # fun), and :"$callers" the processes that started it.
  defp put_initial_call(mfa, callers) do
    Process.put(:"$initial_call", initial_call(mfa))
    Process.put(:"$callers", callers)
  end

  defp initial_call({:erlang, :apply, [fun, []]}) when is_function(fun, 0) do
    {:module, module} = :erlang.fun_info(fun, :module)
    {:name, name} = :erlang.fun_info(fun, :name)
    {module, name, 0}
  end

  defp initial_call({module, function, args}), do: {module, function, length(args)}

  # :"$callers" in a task lists the processes that started it, nearest first.
  def callers(owner) do
    case Process.get(:"$callers") do
      [_ | _] = callers -> [owner | callers]
      _ -> [owner]
    end
  end

  # A task under a Task.Supervisor also watches its owner: if the owner dies before telling it
  # what to run, the task goes too.
  def reply(owner, :monitor), do: reply(owner, Process.monitor(owner), 5000)
  def reply(owner, :nomonitor), do: reply(owner, nil, :infinity)

  defp reply(owner, mref, timeout) do
    receive do
      {^owner, ref, reply_to, callers, mfa} ->
        put_initial_call(mfa, callers)
        if mref != nil, do: Process.demonitor(mref, [:flush])
        send(reply_to, {ref, invoke(owner, mfa)})

      {:DOWN, ^mref, _, _, reason} when mref != nil ->
        exit({:shutdown, reason})
    after
      timeout -> exit(:timeout)
    end
  end

  def noreply(owner, callers, mfa) do
    put_initial_call(mfa, callers)
    invoke(owner, mfa)
  end

  # A task that fails is reported by the logger, then exits with the reason a crash gives;
  # exits that mean a normal end (:normal, :shutdown, {:shutdown, _}) go through silently.
  defp invoke(owner, {module, function, args} = mfa) do
    try do
      run(module, function, args)
    catch
      :exit, value when value in [:normal, :shutdown] or (is_tuple(value) and tuple_size(value) == 2 and elem(value, 0) == :shutdown) ->
        exit(value)

      kind, value ->
        reason = if kind == :throw, do: {:nocatch, value}, else: value
        report(owner, mfa, {reason, __STACKTRACE__})
        if kind == :exit, do: exit(value), else: exit({reason, __STACKTRACE__})
    end
  end

  defp run(:erlang, :apply, [fun, args]), do: apply(fun, args)
  defp run(module, function, args), do: apply(module, function, args)

  defp report(owner, mfa, reason) do
    {fun, args} =
      case mfa do
        {:erlang, :apply, [fun, []]} when is_function(fun, 0) -> {fun, []}
        {module, function, args} -> {"&#{inspect(module)}.#{function}/#{length(args)}", args}
      end

    fun = if is_binary(fun), do: fun, else: inspect(fun)

    :elixir_otp.log_error(
      "Task #{inspect(self())} started from #{inspect(name_or_pid(owner))} terminating\n" <>
        :elixir_otp.format_stop(reason) <> "\nFunction: #{fun}\n    Args: #{inspect(args)}"
    )
  end

  defp name_or_pid(pid) do
    case Process.info(pid, :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> pid
    end
  end

  ## Streams

  def stream(enumerable, acc, reducer, fun, options, spawn) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())

    unless is_integer(max) and max > 0 do
      raise ArgumentError, ":max_concurrency must be an integer greater than zero"
    end

    timeout = Keyword.get(options, :timeout, 5000)
    parent = self()
    callers = callers(parent)
    {:trap_exit, trap_exit?} = Process.info(parent, :trap_exit)
    monitor = spawn_link(fn -> monitor_start(parent, spawn, trap_exit?, timeout) end)
    mref = Process.monitor(monitor)
    send(monitor, {parent, mref})

    config = %{
      reducer: reducer,
      fun: fun,
      callers: callers,
      max: max,
      monitor: monitor,
      mref: mref,
      ordered: Keyword.get(options, :ordered, true),
      timeout: timeout,
      on_timeout: Keyword.get(options, :on_timeout, :exit),
      zip_input_on_exit: Keyword.get(options, :zip_input_on_exit, false)
    }

    # Each input element gets a task as soon as one may run; results are handed to the reducer
    # as they come (ordered: false) or in input order, while later elements wait their turn.
    state = %{acc: acc, spawned: 0, delivered: 0, running: 0, waiting: %{}}

    reduced =
      try do
        case Enum.__reduce__(enumerable, state, fn value, state -> state |> spawn_task(value, config) |> wait_for_room(config) end) do
          {:done, state} -> drain(state, config)
          {:halted, state} -> {:halt, state}
        end
      catch
        # The stream's own exits (a task timed out, the monitor died) leave the monitor as it is;
        # anything else raised meanwhile (by the input or the reducer) stops it first.
        kind, reason ->
          if Process.delete({Task.Supervised, config.mref}) == nil, do: close(config)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    close(config)

    case reduced do
      {:cont, state} -> {:done, state.acc}
      {:halt, state} -> {:halted, state.acc}
    end
  end

  defp spawn_task(state, value, config) do
    %{monitor: monitor, mref: mref} = config
    position = state.spawned
    send(monitor, {:spawn, position})

    receive do
      {:spawned, {^mref, ^position}, pid} ->
        send(pid, {self(), {mref, position}, self(), config.callers, with_argument(config.fun, value)})
        input = if config.zip_input_on_exit, do: value, else: nil
        %{state | spawned: position + 1, running: state.running + 1, waiting: Map.put(state.waiting, position, {pid, :running, input})}

      # Raised inside the reduction, whose handler closes the stream first.
      {:max_children, ^mref} ->
        raise RuntimeError,
              Task.Supervisor.__max_children__() <>
                ". When using async_stream or async_stream_nolink, make sure to configure :max_concurrency to be lower or equal to :max_children and pay attention to whether other tasks are also spawned under the same task supervisor."

      {:DOWN, ^mref, _, ^monitor, reason} ->
        cleanup_inbox(monitor, mref)
        stream_exit(config, reason)
    end
  end

  defp stream_exit(config, reason) do
    Process.put({Task.Supervised, config.mref}, :exited)
    exit({reason, {Task.Supervised, :stream, [config.timeout]}})
  end

  defp with_argument({module, function, args}, value), do: {module, function, [value | args]}
  defp with_argument(fun, value), do: {:erlang, :apply, [fun, [value]]}

  defp wait_for_room(state, config), do: collect_until(state, config, &(&1.running < config.max))

  defp drain(state, config), do: collect_until(state, config, &(&1.running == 0))

  # Hands over results as tasks end, until done?(state) or the stream halts.
  defp collect_until(state, config, done?) do
    if done?.(state) do
      {:cont, state}
    else
      case next_result(state, config) do
        {:cont, state} -> collect_until(state, config, done?)
        halt -> halt
      end
    end
  end

  # Waits until one more task has ended, then hands over what can be handed over.
  defp next_result(state, config) do
    %{monitor: monitor, mref: mref} = config

    receive do
      {{^mref, position}, reply} ->
        %{^position => {pid, :running, input}} = state.waiting
        next_result(%{state | waiting: Map.put(state.waiting, position, {pid, {:ok, reply}, input})}, config)

      {kind, {^mref, position}, reason} when kind in [:down, :timed_out] ->
        result =
          case Map.fetch!(state.waiting, position) do
            {_, {:ok, _} = ok, _} ->
              ok

            {_, :running, input} when kind == :down ->
              exit_result(reason, input, config)

            {_, :running, input} ->
              if config.on_timeout == :exit do
                cleanup_inbox(monitor, mref)
                stream_exit(config, :timeout)
              end

              exit_result(:timeout, input, config)
          end

        state = %{state | running: state.running - 1}

        if config.ordered do
          deliver_in_order(%{state | waiting: Map.put(state.waiting, position, {:done, result})}, config)
        else
          deliver(%{state | waiting: Map.delete(state.waiting, position)}, result, config)
        end

      {:DOWN, ^mref, _, _, reason} ->
        cleanup_inbox(monitor, mref)
        stream_exit(config, reason)
    end
  end

  defp exit_result(reason, input, config) do
    if config.zip_input_on_exit, do: {:exit, {input, reason}}, else: {:exit, reason}
  end

  defp deliver_in_order(state, config) do
    delivered = state.delivered

    case state.waiting do
      %{^delivered => {:done, result}} ->
        case deliver(%{state | waiting: Map.delete(state.waiting, state.delivered)}, result, config) do
          {:cont, state} -> deliver_in_order(state, config)
          halt -> halt
        end

      _ ->
        {:cont, state}
    end
  end

  defp deliver(state, result, config) do
    case config.reducer.(result, state.acc) do
      {:cont, acc} -> {:cont, %{state | acc: acc, delivered: state.delivered + 1}}
      {:halt, acc} -> {:halt, %{state | acc: acc, delivered: state.delivered + 1}}
    end
  end

  # The stream is over (done, halted or failed): the monitor kills the tasks still running.
  defp close(%{monitor: monitor, mref: mref, timeout: timeout}) do
    send(monitor, {:stop, mref})

    receive do
      {:DOWN, ^mref, _, _, :normal} ->
        cleanup_inbox(monitor, mref)
        :ok

      {:DOWN, ^mref, _, _, reason} ->
        cleanup_inbox(monitor, mref)
        exit({reason, {Task.Supervised, :stream, [timeout]}})
    end
  end

  defp cleanup_inbox(monitor, mref) do
    receive do
      {:EXIT, ^monitor, _} -> :ok
    after
      0 -> :ok
    end

    cleanup_inbox(mref)
  end

  defp cleanup_inbox(mref) do
    receive do
      {{^mref, _}, _} -> cleanup_inbox(mref)
      {kind, {^mref, _}, _} when kind in [:down, :timed_out] -> cleanup_inbox(mref)
    after
      0 -> :ok
    end
  end

  ## The stream's monitor process

  defp monitor_start(parent, spawn, trap_exit?, timeout) do
    Process.flag(:trap_exit, trap_exit?)
    parent_ref = Process.monitor(parent)

    receive do
      {^parent, mref} ->
        monitor_loop(%{}, %{parent: parent, parent_ref: parent_ref, spawn: spawn, mref: mref, timeout: timeout})

      {:DOWN, ^parent_ref, _, _, reason} ->
        exit(reason)
    end
  end

  defp monitor_loop(running, config) do
    %{parent: parent, parent_ref: parent_ref, mref: mref} = config

    receive do
      {:spawn, position} ->
        case config.spawn.() do
          {:ok, type, pid} ->
            ref = Process.monitor(pid)
            timer = if config.timeout != :infinity, do: Process.send_after(self(), {:timeout, {mref, ref}}, config.timeout)
            send(parent, {:spawned, {mref, position}, pid})
            monitor_loop(Map.put(running, ref, %{position: position, type: type, pid: pid, timer: timer, timed_out?: false}), config)

          {:error, :max_children} ->
            send(parent, {:max_children, mref})
            wait_for_stop(running, config)
        end

      {:DOWN, ref, _, _, reason} when is_map_key(running, ref) ->
        {task, running} = Map.pop(running, ref)
        if task.timer != nil, do: Process.cancel_timer(task.timer)
        send(parent, {if(task.timed_out?, do: :timed_out, else: :down), {mref, task.position}, reason})
        monitor_loop(running, config)

      {:timeout, {^mref, ref}} ->
        case running do
          %{^ref => %{pid: pid, timed_out?: false} = task} ->
            Process.unlink(pid)
            Process.exit(pid, :kill)
            monitor_loop(Map.put(running, ref, %{task | timed_out?: true}), config)

          _ ->
            monitor_loop(running, config)
        end

      {:EXIT, _, _} ->
        monitor_loop(running, config)

      {:stop, ^mref} ->
        stop_tasks(running)

      {:DOWN, ^parent_ref, _, _, reason} ->
        parent_down(running, reason)

      _ ->
        monitor_loop(running, config)
    end
  end

  defp wait_for_stop(running, config) do
    %{parent_ref: parent_ref, mref: mref} = config

    receive do
      {:stop, ^mref} ->
        stop_tasks(running)

      {:DOWN, ^parent_ref, _, _, reason} ->
        parent_down(running, reason)

      _ ->
        wait_for_stop(running, config)
    end
  end

  # The caller died: its linked tasks go with it, for the same reason.
  defp parent_down(running, reason) do
    for {_, %{type: :link, pid: pid}} <- running, do: Process.exit(pid, reason)
    exit(reason)
  end

  defp stop_tasks(running) do
    Process.flag(:trap_exit, true)
    for {_, %{pid: pid}} <- running, do: Process.exit(pid, :kill)
    for {ref, _} <- running, do: receive(do: ({:DOWN, ^ref, _, _, _} -> :ok))
    exit(:normal)
  end
end
