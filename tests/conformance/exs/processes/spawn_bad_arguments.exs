defmodule M do
  def try_it(label, fun) do
    try do
      fun.()
      IO.puts("#{label}: no error")
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end

  def undefined_module do
    {pid, ref} = spawn_monitor(:no_such_module, :run, [])
    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _stack}} -> IO.inspect(reason, label: "undefined module")
    end
  end
end

M.try_it("spawn a fun of arity 1", fn -> spawn(Function.identity(fn x -> x end)) end)
M.try_it("spawn a non-fun", fn -> spawn(Function.identity(:not_a_fun)) end)
M.try_it("spawn/3 with a non-list", fn -> spawn(M, :try_it, Function.identity(:not_a_list)) end)
M.undefined_module()
Process.sleep(50)
