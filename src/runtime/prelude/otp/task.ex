# Task: a process that runs one function and, for Task.async/1, sends its result back to the
# owner as {ref, result}. The owner is linked (a crash takes it down) and monitors the task
# (await/2 sees a :DOWN when the task dies).
# https://hexdocs.pm/elixir/Task.html
defmodule Task do
  defstruct [:mfa, :owner, :pid, :ref]

  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  def async(module, function, args) do
    owner = self()
    mfa = task_mfa(module, function, args)
    pid = :erlang.spawn_link(:proc_lib, :init_p, [owner, [owner], Task, :__run__, [owner, :reply, module, function, args, mfa]])
    ref = Process.monitor(pid)
    send(pid, {owner, ref})
    %Task{pid: pid, ref: ref, owner: owner, mfa: mfa}
  end

  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, function, args) do
    pid = :erlang.spawn(:proc_lib, :init_p, [self(), [self()], Task, :__run__, [self(), :noreply, module, function, args, task_mfa(module, function, args)]])
    {:ok, pid}
  end

  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, function, args) do
    pid = :erlang.spawn_link(:proc_lib, :init_p, [self(), [self()], Task, :__run__, [self(), :noreply, module, function, args, task_mfa(module, function, args)]])
    {:ok, pid}
  end

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

  def await_many(tasks, timeout \\ 5000) do
    Enum.map(tasks, fn task -> await(task, timeout) end)
  end

  def yield(%Task{ref: ref} = task, timeout \\ 5000) do
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout ->
        _ = task
        nil
    end
  end

  def yield_many(tasks, timeout \\ 5000) do
    Enum.map(tasks, fn task -> {task, yield(task, timeout)} end)
  end

  def shutdown(%Task{pid: pid, ref: ref}, how \\ 5000) do
    Process.unlink(pid)

    if how == :brutal_kill, do: Process.exit(pid, :kill), else: Process.exit(pid, :shutdown)

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} when reason in [:shutdown, :killed, :noproc] ->
        nil

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    end
  end

  # A lazy stream, as Elixir's: the tasks start when it is enumerated, and each result comes
  # back as {:ok, value} in the order of the input.
  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1) do
    timeout = Keyword.get(options, :timeout, 5000)

    fn {:cont, acc}, reducer ->
      enumerable
      |> Enum.map(fn x -> async(fn -> fun.(x) end) end)
      |> Enum.map(fn task -> {:ok, await(task, timeout)} end)
      |> Enum.__reduce__(acc, reducer)
    end
  end

  ## The task process

  @doc false
  def __run__(owner, reply?, module, function, args, mfa) do
    _ = mfa
    target =
      case reply? do
        :reply ->
          receive do
            {^owner, ref} -> ref
          end

        :noreply ->
          nil
      end

    result =
      try do
        invoke(module, function, args)
      catch
        :error, reason ->
          report(owner, module, function, args, :elixir_otp.format_stop({reason, __STACKTRACE__}))
          exit({reason, __STACKTRACE__})

        :throw, value ->
          exit({{:nocatch, value}, __STACKTRACE__})
      end

    if target != nil, do: send(owner, {target, result})
    :ok
  end

  defp report(owner, module, function, args, banner) do
    {fun_line, args_line} =
      case {module, function, args} do
        {:erlang, :apply, [fun, fun_args]} -> {"Function: " <> inspect(fun), "    Args: " <> inspect(fun_args)}
        _ -> {"Function: &#{inspect(module)}.#{function}/#{length(args)}", "    Args: " <> inspect(args)}
      end

    :elixir_otp.log_error("Task #{inspect(self())} started from #{inspect(owner)} terminating\n" <> banner <> "\n" <> fun_line <> "\n" <> args_line)
  end

  defp invoke(:erlang, :apply, [fun, fun_args]), do: apply(fun, fun_args)
  defp invoke(module, function, args), do: apply(module, function, args)

  defp task_mfa(:erlang, :apply, [fun, []]) when is_function(fun), do: {:erlang, :apply, 2}
  defp task_mfa(module, function, args), do: {module, function, length(args)}

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end
end
