# What a supervisor says about children it cannot use, and a DynamicSupervisor about its flags.
defmodule NoSpec do
  def start_link(_), do: {:ok, spawn(fn -> :ok end)}
end

for child <- [NoSpec, {NoSpec, :arg}, DoesNotExist, "not a child"] do
  try do
    Supervisor.start_link([child], strategy: :one_for_one)
  rescue
    e in ArgumentError -> IO.puts(e.message)
  end
end

Process.flag(:trap_exit, true)

for flags <- [[strategy: :one_for_all], [max_restarts: -1], [max_seconds: 0], [max_children: :lots], [extra_arguments: :none]] do
  {:error, reason} = DynamicSupervisor.start_link(flags)
  receive do
    {:EXIT, _, ^reason} -> :ok
  end

  IO.puts(Exception.format_exit(reason))
end

try do
  DynamicSupervisor.start_child(self(), NoSpec)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
