# Someone kills the stream's monitor while the caller traps exits: the caller exits with the
# monitor's reason.
Process.flag(:trap_exit, true)
killer = spawn(fn -> receive do: ({:monitor, [m]} -> Process.exit(m, :kill)) end)
r =
  try do
    Task.async_stream([1], fn _ ->
      {:links, links} = Process.info(self(), :links)
      send(killer, {:monitor, links})
      Process.sleep(:infinity)
    end)
    |> Enum.to_list()
  catch
    :exit, reason -> {:caught, reason}
  end
IO.inspect(r)
Process.sleep(10)
IO.inspect(Process.info(self(), :messages) |> elem(1) |> Enum.map(&elem(&1, 0)))
