# A fun's name is numbered within its function (-b/0-fun-1-), its index within the module.
defmodule M do
  def a, do: fn -> 1 end

  def b do
    x = fn -> 2 end
    y = fn -> raise "from b" end
    [x, y]
  end

  def c(n), do: fn -> n end
  def c(n, m), do: fn -> {n, m} end
end

for f <- [M.a() | M.b()] ++ [M.c(1), M.c(1, 2)] do
  IO.inspect({Function.info(f, :name), Function.info(f, :index)})
end

[_, y] = M.b()
try do
  y.()
rescue
  _ ->
    [{mod, name, arity, _} | _] = __STACKTRACE__
    IO.inspect({mod, name, arity}, label: "frame")
    IO.puts(Exception.format_stacktrace_entry(hd(__STACKTRACE__)))
end
