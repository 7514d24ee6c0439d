# Task.async_stream/3 options: ordered results, max_concurrency, ordered: false,
# on_timeout: :kill_task and zip_input_on_exit. Tasks synchronise through messages, not sleeps.
IO.inspect(Task.async_stream(1..5, fn x -> x * x end) |> Enum.to_list())
IO.inspect(Task.async_stream([], fn x -> x end) |> Enum.to_list())

# At most max_concurrency tasks run at once: each task reports to a counter process and waits
# until the counter lets it go, which it does only when no more tasks can arrive.
defmodule Gate do
  def start(limit) do
    spawn(fn -> loop(limit, [], 0) end)
  end

  defp loop(limit, waiting, peak) do
    receive do
      {:arrive, pid} ->
        waiting = [pid | waiting]
        peak = max(peak, length(waiting))
        if length(waiting) == limit do
          Enum.each(waiting, &send(&1, :go))
          loop(limit, [], peak)
        else
          loop(limit, waiting, peak)
        end

      :flush ->
        Enum.each(waiting, &send(&1, :go))
        loop(limit, [], peak)

      {:peak, from} ->
        send(from, {:peak, peak})
    end
  end

  def pass(gate) do
    send(gate, {:arrive, self()})
    receive do
      :go -> :ok
    end
  end
end

before = Process.list()
gate = Gate.start(3)
results =
  Task.async_stream(1..9, fn x -> Gate.pass(gate); x end, max_concurrency: 3)
  |> Enum.map(fn {:ok, x} -> x end)
IO.inspect(results, label: "max_concurrency: 3")
send(gate, {:peak, self()})
receive do
  {:peak, peak} -> IO.inspect(peak, label: "tasks waiting at once")
end

IO.inspect(System.schedulers_online() >= 1, label: "default max_concurrency is schedulers_online")

try do
  Task.async_stream([1], fn x -> x end, max_concurrency: 0) |> Enum.to_list()
rescue
  e -> IO.inspect(e)
end

# ordered: false hands results over as they come. The first element's task goes on only once
# the second element's task has ended, so the second result comes first.
referee =
  spawn(fn ->
    first = receive do: ({:first, pid} -> pid)
    second = receive do: ({:second, pid} -> pid)
    ref = Process.monitor(second)
    receive do: ({:DOWN, ^ref, _, _, _} -> send(first, :go))
  end)

unordered =
  Task.async_stream(
    [:first, :second],
    fn name ->
      send(referee, {name, self()})
      if name == :first, do: receive(do: (:go -> :ok))
      name
    end,
    ordered: false,
    max_concurrency: 2
  )

IO.inspect(Enum.to_list(unordered), label: "ordered: false")
IO.inspect(Task.async_stream([3, 1, 2], fn x -> x * 10 end, ordered: false, max_concurrency: 1) |> Enum.to_list(), label: "ordered: false, one at a time")

slow = fn
  :slow -> Process.sleep(:infinity)
  x -> x
end

IO.inspect(Task.async_stream([1, :slow, 3], slow, timeout: 50, on_timeout: :kill_task) |> Enum.to_list(), label: "kill_task")
IO.inspect(Task.async_stream([1, :slow, 3], slow, timeout: 50, on_timeout: :kill_task, zip_input_on_exit: true) |> Enum.to_list(), label: "zip_input_on_exit")
IO.inspect(Task.async_stream([1, 2], fn x -> x end, zip_input_on_exit: true) |> Enum.to_list(), label: "zip only changes exits")
IO.inspect(Process.info(self(), :messages), label: "mailbox after the streams")

# Taking fewer results than the input has stops the stream: its tasks and monitor go away.
IO.inspect(Task.async_stream(1..1000, fn x -> x end, max_concurrency: 4) |> Enum.take(3), label: "take 3")
IO.inspect(Task.async_stream(1..6, fn x -> x end, max_concurrency: 2) |> Stream.map(fn {:ok, x} -> x * 2 end) |> Enum.to_list(), label: "piped into Stream.map")
Process.sleep(10)
IO.inspect(length(Process.list()) - length(before), label: "processes left behind")

# Task.async_stream/5 and Task.Supervisor.async_stream/6 take a module, a function and extra
# arguments: each element comes first.
IO.inspect(Task.async_stream(["ab", "c"], String, :duplicate, [2]) |> Enum.to_list(), label: "async_stream/5")
{:ok, sup} = Task.Supervisor.start_link()
IO.inspect(Task.Supervisor.async_stream(sup, [1, 2], Integer, :pow, [3], max_concurrency: 1) |> Enum.to_list(), label: "Task.Supervisor.async_stream/6")
IO.inspect(Task.Supervisor.async_stream_nolink(sup, [4], Integer, :to_string, [2]) |> Enum.to_list(), label: "async_stream_nolink/6")
