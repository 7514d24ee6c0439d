defmodule M do
  def f, do: :zero
  def f(a), do: {:one, a}
  def f(a, b), do: {:two, a, b}
end

IO.inspect(M.f())
IO.inspect(M.f(1))
IO.inspect(M.f(1, 2))
IO.inspect(apply(M, :f, [1, 2]))
IO.inspect(apply(fn x -> x * 3 end, [3]))
IO.inspect(Kernel.apply(String, :upcase, ["x"]))
mod = M
IO.inspect(mod.f(:dynamic))
fun = :f
IO.inspect(apply(mod, fun, []))
