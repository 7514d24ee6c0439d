# A busy process cannot starve others: the shell keeps answering while a loop spins.
defmodule Busy do
  def spin(n), do: spin(n + 1)
end

busy = spawn(fn -> Busy.spin(0) end)
me = self()
spawn(fn -> send(me, :other_process_ran) end)
receive do
  :other_process_ran -> IO.puts("another process ran beside the busy loop")
after
  1000 -> IO.puts("starved")
end
{:reductions, r1} = Process.info(busy, :reductions)
Process.sleep(20)
{:reductions, r2} = Process.info(busy, :reductions)
IO.inspect(r2 > r1, label: "the busy process's reductions grow")
IO.inspect(Process.info(busy, :status) in [{:status, :runnable}, {:status, :running}], label: "runnable or running")
Process.exit(busy, :kill)
Process.sleep(10)
IO.inspect(Process.alive?(busy), label: "a busy process can be killed")
