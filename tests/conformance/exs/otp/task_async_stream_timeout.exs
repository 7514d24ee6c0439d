# A task of Task.async_stream/3 that outlives :timeout makes the caller exit (on_timeout: :exit,
# the default), with the reason Task.Supervised.stream gives. Caught here, then left uncaught.
slow = fn
  :slow -> Process.sleep(:infinity)
  x -> x
end

try do
  Task.async_stream([1, :slow], slow, timeout: 30) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect(reason, label: "caught exit")
end

IO.inspect(Process.info(self(), :messages), label: "mailbox")
IO.inspect(Task.async_stream([:slow], slow, timeout: 30, on_timeout: :kill_task) |> Enum.to_list())
Task.async_stream([:slow], slow, timeout: 40) |> Enum.to_list()
IO.puts("never printed")
