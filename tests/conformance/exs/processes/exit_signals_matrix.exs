defmodule M do
  def down({pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    after
      100 -> :still_alive
    end
  end

  def idle, do: watch(spawn(fn -> receive do :never -> :ok end end))
  def watch(pid), do: {pid, Process.monitor(pid)}

  def trapper(parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :ready)
      loop(parent)
    end)
  end

  defp loop(parent) do
    receive do
      m -> send(parent, {:got, m}); loop(parent)
    end
  end

  def ready, do: receive(do: (:ready -> :ok))

  def got do
    receive do
      {:got, m} -> m
    after
      50 -> :no_message
    end
  end
end

me = self()
{pid, _} = p = M.idle()
Process.exit(pid, :shutdown)
IO.inspect(M.down(p), label: "non-trapping, :shutdown")

{pid, _} = p = M.idle()
Process.exit(pid, {:custom, 1})
IO.inspect(M.down(p), label: "non-trapping, tuple reason")

t = M.trapper(me)
watched = M.watch(t)
M.ready()
Process.exit(t, :normal)
{:EXIT, from, reason} = M.got()
IO.inspect({from == me, reason}, label: "trapping, :normal")
Process.exit(t, :shutdown)
{:EXIT, _, reason} = M.got()
IO.inspect(reason, label: "trapping, :shutdown")
IO.inspect(Process.alive?(t), label: "trapping process still alive")
Process.exit(t, :kill)
IO.inspect(M.down(watched), label: "trapping, :kill")

suicide = spawn(fn -> receive do :go -> Process.exit(self(), :normal); IO.puts("not printed") end end)
w = M.watch(suicide)
send(suicide, :go)
IO.inspect(M.down(w), label: "exit(self(), :normal)")

trapping_self = spawn(fn ->
  Process.flag(:trap_exit, true)
  receive do :go -> :ok end
  Process.exit(self(), :kill)
  IO.puts("not printed either")
end)
w = M.watch(trapping_self)
send(trapping_self, :go)
IO.inspect(M.down(w), label: "trapping exit(self(), :kill)")

IO.inspect(Process.exit(spawn(fn -> :ok end), :kill), label: "exit/2 returns")
dead = spawn(fn -> :ok end)
Process.sleep(10)
IO.inspect(Process.exit(dead, :kill), label: "exit/2 to a dead pid")
