defmodule Main do
  def down(pid, ref) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def exit_message(pid) do
    receive do
      {:EXIT, ^pid, _} -> "unexpected EXIT"
    after
      50 -> "no EXIT after unlink"
    end
  end
end

{pid, ref} = spawn_monitor(fn -> exit(:bye) end)
IO.inspect(Main.down(pid, ref), label: "spawn_monitor")
Process.flag(:trap_exit, true)
other = spawn_link(fn -> receive do :go -> exit(:after_unlink) end end)
IO.inspect(Process.unlink(other))
send(other, :go)
IO.puts(Main.exit_message(other))
