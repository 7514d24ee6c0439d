defmodule M do
  def down({pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    after
      100 -> :still_alive
    end
  end

  # a process linked to a child that exits with `reason`, itself not trapping exits
  def pair(reason) do
    parent = self()
    middle = spawn(fn ->
      child = spawn_link(fn -> receive do :go -> exit(reason) end end)
      send(parent, {:child, child})
      receive do :never -> :ok end
    end)
    child = receive do {:child, c} -> c end
    {{middle, Process.monitor(middle)}, child}
  end
end

{middle, child} = M.pair(:normal)
send(child, :go)
IO.inspect(M.down(middle), label: "linked child exit(:normal)")

{middle, child} = M.pair(:boom)
send(child, :go)
IO.inspect(M.down(middle), label: "linked child exit(:boom)")

{middle, child} = M.pair(:kill)
send(child, :go)
IO.inspect(M.down(middle), label: "linked child exit(:kill)")

{middle, child} = M.pair(:ignored)
Process.exit(child, :kill)
IO.inspect(M.down(middle), label: "linked child killed")

{middle, child} = M.pair(:ignored)
Process.exit(child, :normal)
IO.inspect(M.down(middle), label: "Process.exit(child, :normal)")
IO.inspect(Process.alive?(child), label: "child alive")
