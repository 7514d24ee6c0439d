send(self(), :hi)
r1 = receive do
  :hi -> :got_hi
after
  0 -> :timeout
end
IO.inspect(r1)
r2 = receive do
  :hi -> :got_hi
after
  0 -> :timeout
end
IO.inspect(r2)
