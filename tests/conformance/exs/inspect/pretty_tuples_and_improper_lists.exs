IO.inspect({:error, {:badmatch, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]}})
IO.inspect([:alpha, :beta, :gamma, :delta, :epsilon, :zeta, :eta, :theta, :iota, :kappa | :lambda])
IO.inspect({{:nested, :tuple, :one}, {:nested, :tuple, :two}, {:nested, :tuple, :three}, {:four}})
