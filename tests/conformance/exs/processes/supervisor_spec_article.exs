defmodule MyFancyProcess do
  use GenServer

  def start_link(_) do
    GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  end

  def counter do
    GenServer.call(__MODULE__, :counter)
  end

  def init(start_counter) do
    {:ok, start_counter}
  end

  def handle_call(:counter, _from, state) do
    new_state = state + 1
    IO.puts "New state is #{new_state}"
    {:reply, :noproc, new_state}
  end
end

defmodule MyFancySupervisor do
  use Supervisor

  def start_link do
    Supervisor.start_link(__MODULE__, [])
  end

  def init(_) do
    children = [
      worker(MyFancyProcess, [0])
    ]

    opts = [strategy: :one_for_one]

    supervise(children, opts)
  end
end

{:ok, sup_pid} = MyFancySupervisor.start_link
MyFancyProcess.counter
MyFancyProcess.counter
IO.inspect(Supervisor.count_children(sup_pid))
[{id, worker_pid, type, modules}] = Supervisor.which_children(sup_pid)
IO.inspect({id, type, modules})
IO.inspect(Process.exit(worker_pid, :kill))
Process.sleep(20)
[{_, new_pid, _, _}] = Supervisor.which_children(sup_pid)
IO.inspect(new_pid != worker_pid, label: "restarted with a new pid")
MyFancyProcess.counter
MyFancyProcess.counter
