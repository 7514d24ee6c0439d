Process.flag(:trap_exit, true)
pid = spawn_link(fn -> raise "linked crash" end)
receive do
  {:EXIT, ^pid, {%RuntimeError{message: m}, stack}} -> IO.inspect({m, is_list(stack)}, label: "EXIT with exception")
end
pid2 = spawn_link(fn -> throw(:thrown) end)
receive do
  {:EXIT, ^pid2, {reason, _}} -> IO.inspect(reason, label: "EXIT with throw")
end
Process.sleep(50)
