# Exception.format_exit/1 for the exit reasons processes, GenServers and supervisors give.
for r <- [:normal, :shutdown, :killed, :noproc, :noconnection, :timeout, :calling_self, {:shutdown, 1}, :boom, {:timeout, {GenServer, :call, [:x, :y, 5000]}}, {:badarg, [{:erlang, :+, [1, :a], []}]}, {%RuntimeError{message: "x"}, []}, {:bad_return_value, 1}, {:already_started, :x}, {:bad_return, {M, :init, :oops}}, {:start_spec, {:invalid_restart_type, :always}}, {:bad_start_spec, :x}] do
  IO.puts(Exception.format_exit(r))
end
