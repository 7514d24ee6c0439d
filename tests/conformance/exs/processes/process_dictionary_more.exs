# In a fresh process: the script's own process carries the compiler's keys.
defmodule DictDemo do
  def run(parent) do
    IO.inspect(Process.get(), label: "empty")
    Process.put(:a, 1)
    Process.put({:tuple, "key"}, [1, 2])
    Process.put("string", :s)
    IO.inspect(Enum.sort(Process.get()), label: "all")
    IO.inspect(Enum.sort(Process.get_keys()), label: "keys")
    Process.put(:b, 1)
    IO.inspect(Enum.sort(Process.get_keys(1)), label: "keys with value 1")
    IO.inspect(Process.get({:tuple, "key"}))
    IO.inspect(Process.delete({:tuple, "key"}))
    IO.inspect(Process.delete(:missing))
    IO.inspect(:erlang.get(:missing))
    IO.inspect(:erlang.put(:a, 2))
    IO.inspect(:erlang.erase(:a))
    IO.inspect(Process.get(:a, :default))
    me = self()
    pid = spawn(fn -> Process.put(:mine, :child); send(me, {:child, Process.get(:b)}); receive do _ -> :ok end end)
    receive do {:child, v} -> IO.inspect(v, label: "child sees parent's key") end
    {:dictionary, d} = Process.info(pid, :dictionary)
    IO.inspect(Keyword.get(d, :mine), label: "child's dictionary via Process.info")
    IO.inspect(:erlang.erase() |> Enum.sort(), label: "erase all")
    IO.inspect(Process.get(), label: "after erase")
    send(parent, :done)
  end
end

me = self()
spawn(fn -> DictDemo.run(me) end)
receive do :done -> :ok end
