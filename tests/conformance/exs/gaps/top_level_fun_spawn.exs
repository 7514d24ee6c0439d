# Spawned funs from a script's top level: the crash report, Function.info and a stacktrace
# entry name them -__FILE__/1-fun-N- in :elixir_compiler_0.
spawn(fn -> raise "boom" end)
Process.sleep(50)
g = fn -> exit(:bye) end
try do
  g.()
catch
  :exit, reason -> IO.inspect(reason, label: "caught")
end
k = fn x -> if x > 0, do: raise("inner"), else: x end
k.(0)
try do
  k.(1)
rescue
  _ -> IO.puts(Exception.format_stacktrace_entry(hd(__STACKTRACE__)))
end
h = fn -> 1 end
IO.inspect(Function.info(h, :module), label: "module")
IO.inspect(Function.info(h, :name), label: "name")
IO.inspect(Function.info(h, :arity), label: "arity")
pid = spawn(fn -> Process.sleep(:infinity) end)
Process.sleep(10)
IO.inspect(Process.info(pid, :initial_call), label: "initial_call")
IO.inspect(Process.info(pid, :current_function), label: "current_function")
IO.puts(Exception.format_mfa(Enum, :"-map/2-fun-0-", 1))
IO.puts(Exception.format_mfa(Enum, :map, [[1], :x]))
IO.puts(Exception.format_mfa(:lists, :"-foo/bar/1-fun-2-", 3))
sleeper = spawn(fn -> :timer.sleep(:infinity) end)
Process.sleep(10)
IO.inspect(Process.info(sleeper, :current_function), label: "timer sleep")
