# The after timeout runs from the start of the receive: messages that do not match do not
# restart it.
defmodule Noise do
  def every(_pid, 0), do: :ok
  def every(pid, n) do
    send(pid, :noise)
    Process.sleep(30)
    every(pid, n - 1)
  end
end

me = self()
spawn(fn -> Noise.every(me, 30) end)
started = System.monotonic_time(:millisecond)
result =
  receive do
    :wanted -> :got
  after
    100 -> :timed_out
  end
elapsed = System.monotonic_time(:millisecond) - started
IO.inspect(result)
IO.inspect(elapsed < 600, label: "timed out after about 100 ms, not after the noise stopped")
