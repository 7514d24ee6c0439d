defmodule Ring do
  def start(n, parent) do
    Enum.reduce(1..n, parent, fn _, next ->
      spawn(fn -> relay(next) end)
    end)
  end

  def relay(next) do
    receive do
      {:token, hops} -> send(next, {:token, hops + 1})
    end
  end
end

first = Ring.start(100, self())
send(first, {:token, 0})
receive do
  {:token, hops} -> IO.puts("token made #{hops} hops")
end
