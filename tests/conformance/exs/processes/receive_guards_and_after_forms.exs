defmodule R do
  def classify do
    receive do
      n when is_integer(n) and n > 10 -> {:big, n}
      n when is_integer(n) -> {:small, n}
      {:tag, x} when is_atom(x) -> {:tagged, x}
    after
      0 -> :empty
    end
  end

  def wait(timeout) do
    receive do
      :ping -> :pong
    after
      timeout -> {:timed_out, timeout}
    end
  end
end

send(self(), {:tag, "not an atom"})
send(self(), 3)
send(self(), 42)
send(self(), {:tag, :yes})
IO.inspect(R.classify())
IO.inspect(R.classify())
IO.inspect(R.classify())
IO.inspect(R.classify())
IO.inspect(Process.info(self(), :messages), label: "left behind")
IO.inspect(R.wait(0))
IO.inspect(R.wait(20))
send(self(), :ping)
IO.inspect(R.wait(:infinity))
send(self(), :ping)
IO.inspect(R.wait(0), label: "after 0 with a matching message")
receive do
  _ -> :ok
end
