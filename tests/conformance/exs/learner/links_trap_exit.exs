# Links, exit signals and trapping exits, printed the way learners explore them.
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> exit(:boom) end)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "linked process exited")
end

pid2 = spawn_link(fn -> :ok end)

receive do
  {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "normal exit")
end

pid3 = spawn_link(fn -> raise "crash" end)

receive do
  {:EXIT, ^pid3, {%RuntimeError{message: m}, _stack}} -> IO.puts("crashed with: #{m}")
end

defmodule Watch do
  def down_reason(pid) do
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end

IO.inspect(Watch.down_reason(spawn(fn -> Process.sleep(20) end)), label: "DOWN")

victim = spawn(fn -> Process.sleep(:infinity) end)
Process.link(victim)
Process.exit(victim, :kill)

receive do
  {:EXIT, ^victim, reason} -> IO.inspect(reason, label: "killed")
end

IO.inspect(Process.alive?(victim))
Process.flag(:trap_exit, false)
spawn_link(fn -> exit(:fatal) end)
Process.sleep(100)
IO.puts("never printed")
