# The :ets functions that take a function or print, in Elixir (a native never calls a fun);
# the rest of :ets is native (src/runtime/bifs/ets.ts). Written as OTP's ets.erl writes them: a
# fold walks the keys with first/next (foldl) or last/prev (foldr) and folds over each key's
# objects; i/0 prints a line per table.
defmodule :ets do
  # Erlang's reserved words, which ~p quotes as atoms.
  @reserved [:after, :and, :andalso, :band, :begin, :bnot, :bor, :bsl, :bsr, :bxor, :case, :catch] ++
              [:cond, :div, :end, :fun, :if, :let, :not, :of, :or, :orelse, :receive] ++
              [:rem, :try, :when, :xor]

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

  # A parse transform on the BEAM: compiled code never calls it with a fun it could read.
  def fun2ms(shell_fun) when is_function(shell_fun) do
    exit(
      {:badarg,
       {:ets, :fun2ms,
        [:function, :called, :with, :real, :fun, :should, :be, :transformed, :with] ++
          [:parse_transform, :or, :called, :with, :a, :fun, :generated, :in, :the, :shell]}}
    )
  end

  def i() do
    hform(:id, :name, :type, :size, :mem, :owner)
    IO.write(" ----------------------------------------------------------------------------\n")
    :lists.foreach(&prinfo/1, :lists.sort(:ets.all()))
    :ok
  end

  defp prinfo(tab) do
    hform(
      tab,
      :ets.info(tab, :name),
      :ets.info(tab, :type),
      :ets.info(tab, :size),
      :ets.info(tab, :memory),
      is_reg(:ets.info(tab, :owner))
    )
  end

  defp is_reg(owner) do
    case :erlang.process_info(owner, :registered_name) do
      {:registered_name, name} -> name
      _ -> owner
    end
  end

  defp hform(a, b, c, d, e, f) do
    IO.write([" ", pad_right(to_s(a), 15), " ", pad_right(to_s(b), 17), " ", pad_right(to_s(c), 5), " "])
    IO.write([pad_right(to_s(d), 6), " ", pad_right(to_s(e), 8), " ", to_s(f), "\n"])
  end

  defp pad_right(s, len), do: String.pad_trailing(s, len)

  # What io_lib:format("~p", [X]) prints for the terms a table line holds.
  defp to_s(x) when is_integer(x), do: Integer.to_string(x)
  defp to_s(x) when is_pid(x), do: String.replace_prefix(inspect(x), "#PID", "")
  defp to_s(x) when is_reference(x), do: String.replace_prefix(inspect(x), "#Reference", "#Ref")

  defp to_s(x) when is_atom(x) do
    s = Atom.to_string(x)

    if Regex.match?(~r/^[a-z][a-zA-Z0-9_@]*$/, s) and not (x in @reserved) do
      s
    else
      "'" <> String.replace(s, ~r/['\\]/, "\\\\\\0") <> "'"
    end
  end
end
