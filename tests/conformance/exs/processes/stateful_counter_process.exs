defmodule Counter do
  def start(n), do: spawn(fn -> loop(n) end)

  defp loop(n) do
    receive do
      {:inc, by} -> loop(n + by)
      {:get, from} ->
        send(from, {:count, n})
        loop(n)
    end
  end
end

c = Counter.start(0)
send(c, {:inc, 5})
send(c, {:inc, 10})
send(c, {:get, self()})
receive do
  {:count, n} -> IO.puts("count = #{n}")
end
