defmodule PingPong do
  def pong do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n})
        pong()
      :stop ->
        :ok
    end
  end
end

pid = spawn(&PingPong.pong/0)
for n <- 1..3 do
  send(pid, {:ping, self(), n})
  receive do
    {:pong, ^n} -> IO.puts("pong #{n}")
  end
end
send(pid, :stop)
