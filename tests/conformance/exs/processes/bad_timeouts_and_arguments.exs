defmodule M do
  def try_it(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end

  def wait(t) do
    receive do
      :never -> :got
    after
      t -> :timeout
    end
  end
end

M.try_it("after -1", fn -> M.wait(Function.identity(-1)) end)
M.try_it("after :soon", fn -> M.wait(Function.identity(:soon)) end)
M.try_it("after 1.5", fn -> M.wait(Function.identity(1.5)) end)
M.try_it("sleep -1", fn -> Process.sleep(Function.identity(-1)) end)
M.try_it("send_after -1", fn -> Process.send_after(self(), :x, Function.identity(-1)) end)
M.try_it("exit/2 to a non-pid", fn -> Process.exit(Function.identity(:nobody), :kill) end)
M.try_it("link to a non-pid", fn -> Process.link(Function.identity(:nobody)) end)
M.try_it("monitor a non-pid", fn -> Process.monitor(Function.identity("nobody")) end)
M.try_it("alive? of a non-pid", fn -> Process.alive?(Function.identity(:nobody)) end)
M.try_it("info of a non-pid", fn -> Process.info(Function.identity(:nobody)) end)
M.try_it("trap_exit non-boolean", fn -> Process.flag(:trap_exit, Function.identity(:yes)) end)
M.try_it("unknown flag", fn -> Process.flag(Function.identity(:no_such_flag), true) end)
