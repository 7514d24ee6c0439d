# The :lists functions that take a function, in Elixir (a native never calls a fun); the rest
# of :lists is native (src/runtime/bifs/lists.ts). Written as OTP's lists.erl writes them, so
# a bad argument fails the same way.
defmodule :lists do
  # OTP 25 checks the function, then cases on the list: a non-list is a case_clause.
  def map(f, list) when is_function(f, 1) do
    case list do
      [h | t] -> [f.(h) | map_1(f, t)]
      [] -> []
    end
  end

  defp map_1(f, [h | t]), do: [f.(h) | map_1(f, t)]
  defp map_1(_f, []), do: []

  def filter(pred, list) when is_function(pred, 1), do: for(e <- list, pred.(e), do: e)

  def foldl(f, acc, list) when is_function(f, 2) do
    case list do
      [h | t] -> foldl_1(f, f.(h, acc), t)
      [] -> acc
    end
  end

  defp foldl_1(f, acc, [h | t]), do: foldl_1(f, f.(h, acc), t)
  defp foldl_1(_f, acc, []), do: acc

  def foldr(f, acc, [h | t]), do: f.(h, foldr(f, acc, t))
  def foldr(f, acc, []) when is_function(f, 2), do: acc

  def foreach(f, list) when is_function(f, 1) do
    case list do
      [h | t] ->
        f.(h)
        foreach_1(f, t)

      [] ->
        :ok
    end
  end

  defp foreach_1(f, [h | t]) do
    f.(h)
    foreach_1(f, t)
  end

  defp foreach_1(_f, []), do: :ok

  def any(pred, list) when is_function(pred, 1), do: Enum.any?(list, pred)
  def all(pred, list) when is_function(pred, 1), do: Enum.all?(list, pred)

  def flatmap(f, [h | t]), do: f.(h) ++ flatmap(f, t)
  def flatmap(f, []) when is_function(f, 1), do: []

  def filtermap(f, [h | t]) do
    case f.(h) do
      false -> filtermap(f, t)
      true -> [h | filtermap(f, t)]
      {true, value} -> [value | filtermap(f, t)]
    end
  end

  def filtermap(f, []) when is_function(f, 1), do: []

  def mapfoldl(f, acc, [h | t]) do
    {r, acc} = f.(h, acc)
    {rs, acc} = mapfoldl(f, acc, t)
    {[r | rs], acc}
  end

  def mapfoldl(f, acc, []) when is_function(f, 2), do: {[], acc}

  def takewhile(pred, [h | t]), do: if(pred.(h), do: [h | takewhile(pred, t)], else: [])
  def takewhile(pred, []) when is_function(pred, 1), do: []

  def dropwhile(pred, [h | t] = rest), do: if(pred.(h), do: dropwhile(pred, t), else: rest)
  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def partition(pred, list) when is_function(pred, 1), do: Enum.split_with(list, pred)
  def splitwith(pred, list) when is_function(pred, 1), do: Enum.split_while(list, pred)

  def search(pred, [h | t]), do: if(pred.(h), do: {:value, h}, else: search(pred, t))
  def search(pred, []) when is_function(pred, 1), do: false

  def zipwith(f, [x | xs], [y | ys]), do: [f.(x, y) | zipwith(f, xs, ys)]
  def zipwith(f, [], []) when is_function(f, 2), do: []

  def sort(fun, list) when is_function(fun, 2), do: Enum.sort(list, fun)

  def usort(fun, list) when is_function(fun, 2) do
    list
    |> Enum.sort(fun)
    |> Enum.dedup_by(fn x -> x end)
  end

  def keymap(fun, index, list) when is_function(fun, 1) do
    map(fn tuple -> :erlang.setelement(index, tuple, fun.(:erlang.element(index, tuple))) end, list)
  end
end
