defmodule M do
  def reason_of(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      # (the crash report, printed by the logger, comes first)
      {:DOWN, ^ref, :process, ^pid, reason} -> Process.sleep(100); reason
    end
  end

  def describe({exception, stack}) when is_list(stack), do: {:exception_and_stack, exception}
  def describe(other), do: other
end

IO.inspect(M.describe(M.reason_of(fn -> raise "boom" end)))
IO.inspect(M.describe(M.reason_of(fn -> raise ArgumentError, "bad" end)))
IO.inspect(M.describe(M.reason_of(fn -> :erlang.error(:badarith) end)))
IO.inspect(M.describe(M.reason_of(fn -> 1 + Function.identity(:a) end)))
IO.inspect(M.describe(M.reason_of(fn -> throw(:ball) end)))
IO.inspect(M.describe(M.reason_of(fn -> exit(:bye) end)))
IO.inspect(M.describe(M.reason_of(fn -> :ok end)))
{_, [{mod, fun, arity, _} | _]} = M.reason_of(fn -> String.to_integer(Function.identity("x")) end)
IO.inspect({mod, fun, arity})
Process.sleep(50)
