# In a fresh process: the script's own process is linked to the code server's helpers.
defmodule Links do
  def run(parent) do
    Process.flag(:trap_exit, true)
    me = self()
    a = spawn(fn -> receive do :die -> exit(:a_died) end end)
    IO.inspect(Process.link(a), label: "link")
    IO.inspect(Process.link(a), label: "link twice")
    IO.inspect(Process.link(self()), label: "link to self")
    {:links, links} = Process.info(self(), :links)
    IO.inspect(a in links, label: "a in my links")
    {:links, theirs} = Process.info(a, :links)
    IO.inspect(theirs == [me], label: "links are both ways")
    send(a, :die)
    receive do
      {:EXIT, ^a, r} -> IO.inspect(r, label: "EXIT")
    end
    IO.inspect(Process.info(self(), :links), label: "after it died")

    b = spawn(fn ->
      receive do
        {:unlink, from} -> Process.unlink(from); send(from, :unlinked)
      end
      receive do :die -> exit(:b_died) end
    end)
    Process.link(b)
    send(b, {:unlink, self()})
    receive do :unlinked -> :ok end
    IO.inspect(Process.info(self(), :links), label: "unlinked by the other side")
    send(b, :die)
    receive do
      {:EXIT, ^b, _} -> IO.puts("unexpected EXIT")
    after
      50 -> IO.puts("no EXIT after the other side unlinked")
    end
    IO.inspect(Process.unlink(b), label: "unlink a dead pid")
    IO.inspect(Process.unlink(self()), label: "unlink self")
    send(parent, :done)
  end
end

me = self()
spawn(fn -> Links.run(me) end)
receive do :done -> :ok end
