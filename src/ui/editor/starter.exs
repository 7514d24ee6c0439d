# A process holds state by looping: each message
# leads to the next call of loop/1, which carries
# the new count as its argument.
defmodule Counter do
  def start(count \\ 0) do
    spawn(fn -> loop(count) end)
  end

  defp loop(count) do
    receive do
      :increment ->
        IO.puts("count is now #{count + 1}")
        loop(count + 1)

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count)
    end
  end
end

counter = Counter.start()
send(counter, :increment)
send(counter, :increment)
send(counter, {:get, self()})

receive do
  {:count, count} -> IO.puts("the counter remembers #{count}")
end
