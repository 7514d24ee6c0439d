# OTP 25's gen:call tags a call with [:alias | ref]; the reply comes back as {tag, reply}.
defmodule Echo do
  use GenServer
  def init(parent), do: {:ok, parent}

  def handle_call(:from, {pid, tag} = from, parent) do
    send(parent, {:from, from})
    IO.inspect(pid == parent, label: "caller is pid")
    IO.inspect(is_list(tag), label: "tag is a list")
    [head | ref] = tag
    IO.inspect(head, label: "tag head")
    IO.inspect(is_reference(ref), label: "tag tail is a ref")
    {:reply, :ok, parent}
  end

  def handle_call(:later, from, parent) do
    Process.send_after(self(), {:answer, from}, 10)
    {:noreply, parent}
  end

  def handle_info({:answer, from}, parent) do
    send(parent, {:reply_result, GenServer.reply(from, :late_answer)})
    {:noreply, parent}
  end
end

{:ok, pid} = GenServer.start_link(Echo, self())
IO.inspect(GenServer.call(pid, :from), label: "call")
receive do
  {:from, {_, [:alias | ref]}} -> IO.inspect(is_reference(ref), label: "from received")
end
IO.inspect(GenServer.call(pid, :later), label: "later")
receive do
  {:reply_result, result} -> IO.inspect(result, label: "reply/2")
end

# A raw call, answered by hand: the reply shape a caller waits for.
me = self()
server = spawn(fn ->
  receive do
    {:"$gen_call", {from_pid, [:alias | _] = tag} = from, :ping} ->
      IO.inspect(from_pid == me, label: "raw from pid")
      IO.inspect(match?([:alias | _], tag), label: "raw tag")
      GenServer.reply(from, :pong)
  end
end)
IO.inspect(GenServer.call(server, :ping), label: "raw call")
Process.sleep(20)

# A hand-made call from this process: the reply lands in the mailbox with the tag.
target = spawn(fn ->
  receive do
    {:"$gen_call", from, :hi} -> GenServer.reply(from, :hello)
  end
end)
ref = make_ref()
send(target, {:"$gen_call", {self(), ref}, :hi})
receive do
  {^ref, answer} -> IO.inspect(answer, label: "by hand")
end

# A call that timed out: its late reply never reaches the caller's mailbox.
slow = spawn(fn ->
  receive do
    {:"$gen_call", from, :slow} -> Process.sleep(50); GenServer.reply(from, :too_late)
  end
end)
try do
  GenServer.call(slow, :slow, 10)
catch
  :exit, {reason, _} -> IO.inspect(reason, label: "timeout")
end
Process.sleep(100)
IO.inspect(Process.info(self(), :messages), label: "mailbox")
