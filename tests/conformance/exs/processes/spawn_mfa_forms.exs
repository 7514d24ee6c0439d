defmodule Worker do
  def echo(parent, tag), do: send(parent, {tag, self()})
  def fail(reason), do: exit(reason)
  def wait, do: receive(do: (:go -> :ok))

  def down({pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end

me = self()
pid = spawn(Worker, :echo, [me, :plain])
receive do
  {:plain, ^pid} -> IO.puts("spawn/3 ran Worker.echo/2")
end

Process.flag(:trap_exit, true)
linked = spawn_link(Worker, :fail, [:from_mfa])
receive do
  {:EXIT, ^linked, reason} -> IO.inspect(reason, label: "spawn_link/3 exit")
end

IO.inspect(Worker.down(spawn_monitor(Worker, :fail, [:monitored])), label: "spawn_monitor/3 down")

IO.inspect(Process.info(spawn(Worker, :wait, []), :initial_call))
