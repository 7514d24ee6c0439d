defmodule Watch do
  def down_reason(ref, pid) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def expect_nothing(ref) do
    receive do
      {:DOWN, ^ref, _, _, _} -> "should not arrive"
    after
      50 -> "demonitored: no DOWN"
    end
  end
end

pid = spawn(fn -> receive do :go -> exit(:finished) end end)
ref = Process.monitor(pid)
send(pid, :go)
IO.inspect(Watch.down_reason(ref, pid), label: "down")
ref2 = Process.monitor(pid)
IO.inspect(Watch.down_reason(ref2, pid), label: "already dead")
pid3 = spawn(fn -> Process.sleep(1000) end)
ref3 = Process.monitor(pid3)
IO.inspect(Process.demonitor(ref3))
Process.exit(pid3, :kill)
IO.puts(Watch.expect_nothing(ref3))
