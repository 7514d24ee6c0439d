r = receive do
  :never -> :got
after
  50 -> :timed_out
end
IO.inspect(r)
