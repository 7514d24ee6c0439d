# The :ets functions that take a function, in Elixir (a native never calls a fun); the rest of
# :ets is native (src/runtime/bifs/ets.ts). Written as OTP's ets.erl writes them: a fold walks
# the keys with first/next (foldl) or last/prev (foldr) and folds over each key's objects.
defmodule :ets do
  def foldl(f, accu, t) do
    :ets.safe_fixtable(t, true)
    first = :ets.first(t)

    try do
      do_foldl(f, accu, first, t)
    after
      :ets.safe_fixtable(t, false)
    end
  end

  defp do_foldl(_f, accu0, :"$end_of_table", _t), do: accu0

  defp do_foldl(f, accu0, key, t) do
    accu = :lists.foldl(f, accu0, :ets.lookup(t, key))
    do_foldl(f, accu, :ets.next(t, key), t)
  end

  def foldr(f, accu, t) do
    :ets.safe_fixtable(t, true)
    last = :ets.last(t)

    try do
      do_foldr(f, accu, last, t)
    after
      :ets.safe_fixtable(t, false)
    end
  end

  defp do_foldr(_f, accu0, :"$end_of_table", _t), do: accu0

  defp do_foldr(f, accu0, key, t) do
    accu = :lists.foldr(f, accu0, :ets.lookup(t, key))
    do_foldr(f, accu, :ets.prev(t, key), t)
  end
end
