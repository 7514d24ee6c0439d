{_, b, _} = {1, 2, 3}
IO.inspect(b)
{_ignored, kept} = {:a, :b}
IO.inspect(kept)
[_, _ | _] = [1, 2, 3]
IO.inspect(match?([_], [1]))
IO.inspect(match?([_], []))
