# Enum: functions over enumerables. Lists are walked directly; maps (as {key, value} pairs),
# ranges and MapSets are turned into lists first, except where a range has a cheaper answer
# (count, member?, sum, at). Written in plain Elixir on top of the :lists/:maps natives, so
# that each function can also run, renamed, on the real BEAM to check it against Enum.
defmodule Enum do
  # ---------------------------------------------------------------------------------------------
  # Conversion

  def to_list(list) when is_list(list), do: list
  def to_list(enumerable), do: list(enumerable)

  defp list(list) when is_list(list), do: list
  defp list(%Range{first: first, last: last, step: step}), do: range_list(first, last, step)
  defp list(%MapSet{map: map}), do: :maps.keys(map)

  defp list(stream) when is_function(stream, 2) do
    {_, acc} = stream.({:cont, []}, fn x, acc -> {:cont, [x | acc]} end)
    :lists.reverse(acc)
  end
  defp list(%{__struct__: _} = struct), do: not_enumerable(struct)
  defp list(map) when is_map(map), do: :maps.to_list(map)
  defp list(other), do: not_enumerable(other)

  defp not_enumerable(value) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: value
  end

  defp range_list(first, last, step) when step > 0 and first > last, do: []
  defp range_list(first, last, step) when step < 0 and first < last, do: []
  defp range_list(first, last, step), do: :lists.seq(first, first + div(last - first, step) * step, step)

  # ---------------------------------------------------------------------------------------------
  # The halting reduction that streams are built on (Enumerable.reduce/3 without :suspend):
  # fun.(element, acc) answers {:cont, acc} or {:halt, acc}; the result is {:done, acc} or
  # {:halted, acc}. A stream is a function of ({:cont, acc}, fun) with the same contract, so
  # that Enum.take/2 and friends stop pulling from an infinite stream.

  @doc false
  def __reduce__(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  def __reduce__(%Range{first: first, last: last, step: step} = range, acc, fun) do
    if count(range) == 0, do: {:done, acc}, else: reduce_range(first, last, step, acc, fun)
  end

  def __reduce__(stream, acc, fun) when is_function(stream, 2), do: stream.({:cont, acc}, fun)
  def __reduce__(enumerable, acc, fun), do: reduce_list(list(enumerable), acc, fun)

  defp reduce_list([head | tail], acc, fun) do
    case fun.(head, acc) do
      {:cont, acc} -> reduce_list(tail, acc, fun)
      {:halt, acc} -> {:halted, acc}
    end
  end

  defp reduce_list([], acc, _fun), do: {:done, acc}

  defp reduce_range(current, last, step, acc, fun) do
    case fun.(current, acc) do
      {:cont, acc} ->
        next = current + step

        if (step > 0 and next > last) or (step < 0 and next < last),
          do: {:done, acc},
          else: reduce_range(next, last, step, acc, fun)

      {:halt, acc} ->
        {:halted, acc}
    end
  end

  # ---------------------------------------------------------------------------------------------
  # Reductions

  def reduce(enumerable, fun) do
    case list(enumerable) do
      [head | tail] -> foldl(tail, head, fun)
      [] -> raise Enum.EmptyError
    end
  end

  def reduce(enumerable, acc, fun) when is_list(enumerable), do: foldl(enumerable, acc, fun)
  def reduce(enumerable, acc, fun), do: foldl(list(enumerable), acc, fun)

  defp foldl([head | tail], acc, fun), do: foldl(tail, fun.(head, acc), fun)
  defp foldl([], acc, _fun), do: acc

  def reduce_while(enumerable, acc, fun) when is_list(enumerable), do: reduce_while_list(enumerable, acc, fun)

  def reduce_while(enumerable, acc, fun) do
    {_, acc} = __reduce__(enumerable, acc, fun)
    acc
  end

  defp reduce_while_list([head | tail], acc, fun) do
    case fun.(head, acc) do
      {:cont, acc} -> reduce_while_list(tail, acc, fun)
      {:halt, acc} -> acc
    end
  end

  defp reduce_while_list([], acc, _fun), do: acc

  def map_reduce(enumerable, acc, fun) do
    {mapped, acc} = map_reduce_list(list(enumerable), acc, fun, [])
    {mapped, acc}
  end

  defp map_reduce_list([head | tail], acc, fun, out) do
    {mapped, acc} = fun.(head, acc)
    map_reduce_list(tail, acc, fun, [mapped | out])
  end

  defp map_reduce_list([], acc, _fun, out), do: {:lists.reverse(out), acc}

  def scan(enumerable, fun) do
    case list(enumerable) do
      [] -> []
      [head | tail] -> scan_list(tail, head, fun, [head])
    end
  end

  def scan(enumerable, acc, fun), do: scan_list(list(enumerable), acc, fun, [])

  defp scan_list([head | tail], acc, fun, out) do
    acc = fun.(head, acc)
    scan_list(tail, acc, fun, [acc | out])
  end

  defp scan_list([], _acc, _fun, out), do: :lists.reverse(out)

  def sum(%Range{first: first, step: step} = range) do
    n = count(range)
    if n == 0, do: 0, else: div((first + first + (n - 1) * step) * n, 2)
  end

  def sum(enumerable) when is_list(enumerable), do: :lists.sum(enumerable)
  def sum(enumerable), do: :lists.sum(list(enumerable))

  def product(enumerable), do: foldl(list(enumerable), 1, fn x, acc -> acc * x end)

  def count(%Range{first: first, last: last, step: step}) do
    if (step > 0 and first > last) or (step < 0 and first < last),
      do: 0,
      else: div(last - first, step) + 1
  end

  def count(%MapSet{map: map}), do: map_size(map)
  def count(map) when is_map(map) and not is_struct(map), do: map_size(map)
  def count(enumerable), do: length(list(enumerable))

  def count(enumerable, fun), do: count_list(list(enumerable), fun, 0)

  defp count_list([head | tail], fun, n) do
    if fun.(head), do: count_list(tail, fun, n + 1), else: count_list(tail, fun, n)
  end

  defp count_list([], _fun, n), do: n

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0,
    do: :erlang.min(count(enumerable), limit)

  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0,
    do: :erlang.min(count(enumerable, fun), limit)

  def frequencies(enumerable) do
    foldl(list(enumerable), %{}, fn x, acc -> Map.update(acc, x, 1, &(&1 + 1)) end)
  end

  def frequencies_by(enumerable, key_fun) do
    foldl(list(enumerable), %{}, fn x, acc -> Map.update(acc, key_fun.(x), 1, &(&1 + 1)) end)
  end

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) do
    enumerable
    |> list()
    |> :lists.reverse()
    |> foldl(%{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)

      case acc do
        %{^key => values} -> Map.put(acc, key, [value | values])
        %{} -> Map.put(acc, key, [value])
      end
    end)
  end

  # ---------------------------------------------------------------------------------------------
  # Mapping and filtering

  def map(enumerable, fun), do: map_list(list(enumerable), fun)

  defp map_list([head | tail], fun), do: [fun.(head) | map_list(tail, fun)]
  defp map_list([], _fun), do: []

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: list(enumerable)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1,
    do: map_every_list(list(enumerable), nth, fun, 0)

  defp map_every_list([head | tail], nth, fun, 0), do: [fun.(head) | map_every_list(tail, nth, fun, nth - 1)]
  defp map_every_list([head | tail], nth, fun, n), do: [head | map_every_list(tail, nth, fun, n - 1)]
  defp map_every_list([], _nth, _fun, _n), do: []

  def map_intersperse(enumerable, separator, fun) do
    case map(enumerable, fun) do
      [] -> []
      [head | tail] -> [head | intersperse_tail(tail, separator)]
    end
  end

  def flat_map(enumerable, fun), do: flat_map_list(list(enumerable), fun)

  defp flat_map_list([head | tail], fun) do
    case fun.(head) do
      result when is_list(result) -> result ++ flat_map_list(tail, fun)
      other -> list(other) ++ flat_map_list(tail, fun)
    end
  end

  defp flat_map_list([], _fun), do: []

  def flat_map_reduce(enumerable, acc, fun) do
    {lists, acc} = map_reduce(enumerable, acc, fun)
    {concat(lists), acc}
  end

  def each(enumerable, fun) do
    each_list(list(enumerable), fun)
  end

  defp each_list([head | tail], fun) do
    fun.(head)
    each_list(tail, fun)
  end

  defp each_list([], _fun), do: :ok

  def filter(enumerable, fun), do: filter_list(list(enumerable), fun)

  defp filter_list([head | tail], fun) do
    if fun.(head), do: [head | filter_list(tail, fun)], else: filter_list(tail, fun)
  end

  defp filter_list([], _fun), do: []

  def reject(enumerable, fun), do: reject_list(list(enumerable), fun)

  defp reject_list([head | tail], fun) do
    if fun.(head), do: reject_list(tail, fun), else: [head | reject_list(tail, fun)]
  end

  defp reject_list([], _fun), do: []

  def split_with(enumerable, fun) do
    {yes, no} =
      foldl(list(enumerable), {[], []}, fn x, {yes, no} ->
        if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]}
      end)

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  def with_index(enumerable, offset_or_fun \\ 0)

  def with_index(enumerable, offset) when is_integer(offset),
    do: with_index_list(list(enumerable), offset)

  def with_index(enumerable, fun) when is_function(fun, 2),
    do: with_index_fun(list(enumerable), 0, fun)

  defp with_index_list([head | tail], i), do: [{head, i} | with_index_list(tail, i + 1)]
  defp with_index_list([], _i), do: []

  defp with_index_fun([head | tail], i, fun), do: [fun.(head, i) | with_index_fun(tail, i + 1, fun)]
  defp with_index_fun([], _i, _fun), do: []

  # ---------------------------------------------------------------------------------------------
  # Searching

  def find(enumerable, default \\ nil, fun)
  def find(enumerable, default, fun) when is_list(enumerable), do: find_list(enumerable, default, fun)

  def find(enumerable, default, fun) do
    {_, found} = __reduce__(enumerable, default, fn x, default -> if fun.(x), do: {:halt, x}, else: {:cont, default} end)
    found
  end

  defp find_list([head | tail], default, fun) do
    if fun.(head), do: head, else: find_list(tail, default, fun)
  end

  defp find_list([], default, _fun), do: default

  def find_index(enumerable, fun), do: find_index_list(list(enumerable), fun, 0)

  defp find_index_list([head | tail], fun, i) do
    if fun.(head), do: i, else: find_index_list(tail, fun, i + 1)
  end

  defp find_index_list([], _fun, _i), do: nil

  def find_value(enumerable, default \\ nil, fun)
  def find_value(enumerable, default, fun) when is_list(enumerable), do: find_value_list(enumerable, default, fun)

  def find_value(enumerable, default, fun) do
    {_, found} =
      __reduce__(enumerable, default, fn x, default ->
        value = fun.(x)
        if value == nil or value == false, do: {:cont, default}, else: {:halt, value}
      end)

    found
  end

  defp find_value_list([head | tail], default, fun) do
    case fun.(head) do
      result when result == nil or result == false -> find_value_list(tail, default, fun)
      result -> result
    end
  end

  defp find_value_list([], default, _fun), do: default

  def member?(%Range{first: first, last: last, step: step}, value) when is_integer(value) do
    if step > 0,
      do: first <= value and value <= last and rem(value - first, step) == 0,
      else: last <= value and value <= first and rem(value - first, step) == 0
  end

  def member?(%Range{}, _value), do: false
  def member?(%MapSet{map: map}, value), do: is_map_key(map, value)
  def member?(enumerable, value) when is_list(enumerable), do: :lists.member(value, enumerable)

  def member?(enumerable, value) do
    {_, found} = __reduce__(enumerable, false, fn x, _ -> if x === value, do: {:halt, true}, else: {:cont, false} end)
    found
  end

  def any?(enumerable), do: any?(enumerable, fn x -> x end)
  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  def any?(enumerable, fun) do
    {_, found} = __reduce__(enumerable, false, fn x, _ -> if fun.(x), do: {:halt, true}, else: {:cont, false} end)
    found
  end

  defp any_list([head | tail], fun) do
    if fun.(head), do: true, else: any_list(tail, fun)
  end

  defp any_list([], _fun), do: false

  def all?(enumerable), do: all?(enumerable, fn x -> x end)
  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  def all?(enumerable, fun) do
    {_, result} = __reduce__(enumerable, true, fn x, _ -> if fun.(x), do: {:cont, true}, else: {:halt, false} end)
    result
  end

  defp all_list([head | tail], fun) do
    if fun.(head), do: all_list(tail, fun), else: false
  end

  defp all_list([], _fun), do: true

  def empty?(%Range{} = range), do: count(range) == 0
  def empty?(%MapSet{map: map}), do: map_size(map) == 0
  def empty?(map) when is_map(map) and not is_struct(map), do: map_size(map) == 0
  def empty?(enumerable) when is_list(enumerable), do: enumerable == []

  def empty?(enumerable) do
    {status, _} = __reduce__(enumerable, nil, fn _, acc -> {:halt, acc} end)
    status == :done
  end

  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def fetch(%Range{first: first, step: step} = range, index) when is_integer(index) do
    size = count(range)

    cond do
      index >= 0 and index < size -> {:ok, first + index * step}
      index < 0 and index >= -size -> {:ok, first + (size + index) * step}
      true -> :error
    end
  end

  def fetch(enumerable, index) when is_integer(index) and index < 0 do
    items = list(enumerable)
    fetch_list(items, length(items) + index)
  end

  def fetch(enumerable, index) when is_list(enumerable) and is_integer(index), do: fetch_list(enumerable, index)

  def fetch(enumerable, index) when is_integer(index) do
    case __reduce__(enumerable, index, fn x, left -> if left == 0, do: {:halt, {:found, x}}, else: {:cont, left - 1} end) do
      {:halted, {:found, x}} -> {:ok, x}
      {:done, _} -> :error
    end
  end

  defp fetch_list(_list, index) when index < 0, do: :error
  defp fetch_list([head | _], 0), do: {:ok, head}
  defp fetch_list([_ | tail], index), do: fetch_list(tail, index - 1)
  defp fetch_list([], _index), do: :error

  def fetch!(enumerable, index) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> raise Enum.OutOfBoundsError
    end
  end

  # ---------------------------------------------------------------------------------------------
  # Ordering

  def sort(enumerable), do: :lists.sort(list(enumerable))

  def sort(enumerable, :asc), do: :lists.sort(list(enumerable))
  def sort(enumerable, :desc), do: merge_sort(list(enumerable), fn a, b -> a >= b end)

  def sort(enumerable, sorter) when is_function(sorter, 2), do: merge_sort(list(enumerable), sorter)

  def sort(enumerable, {order, module}) when order in [:asc, :desc] and is_atom(module) do
    compare =
      if order == :asc,
        do: fn a, b -> module.compare(a, b) != :gt end,
        else: fn a, b -> module.compare(a, b) != :lt end

    merge_sort(list(enumerable), compare)
  end

  def sort(enumerable, module) when is_atom(module),
    do: merge_sort(list(enumerable), fn a, b -> module.compare(a, b) != :gt end)

  def sort_by(enumerable, mapper, sorter \\ :asc) do
    enumerable
    |> list()
    |> map_list(fn x -> {mapper.(x), x} end)
    |> sort_pairs(sorter)
    |> map_list(fn {_key, x} -> x end)
  end

  defp sort_pairs(pairs, :asc), do: merge_sort(pairs, fn {a, _}, {b, _} -> a <= b end)
  defp sort_pairs(pairs, :desc), do: merge_sort(pairs, fn {a, _}, {b, _} -> a >= b end)

  defp sort_pairs(pairs, sorter) when is_function(sorter, 2),
    do: merge_sort(pairs, fn {a, _}, {b, _} -> sorter.(a, b) end)

  defp sort_pairs(pairs, {order, module}),
    do: sort_pairs(pairs, if(order == :asc, do: &(module.compare(&1, &2) != :gt), else: &(module.compare(&1, &2) != :lt)))

  defp sort_pairs(pairs, module) when is_atom(module),
    do: sort_pairs(pairs, &(module.compare(&1, &2) != :gt))

  # A stable merge sort: fun.(a, b) is true when a may come before b.
  defp merge_sort([], _fun), do: []
  defp merge_sort([x], _fun), do: [x]

  defp merge_sort(items, fun) do
    {left, right} = :lists.split(div(length(items), 2), items)
    merge(merge_sort(left, fun), merge_sort(right, fun), fun, [])
  end

  defp merge([a | as] = left, [b | bs] = right, fun, acc) do
    if fun.(a, b),
      do: merge(as, right, fun, [a | acc]),
      else: merge(left, bs, fun, [b | acc])
  end

  defp merge([], right, _fun, acc), do: :lists.reverse(acc, right)
  defp merge(left, [], _fun, acc), do: :lists.reverse(acc, left)

  def reverse(enumerable) when is_list(enumerable), do: :lists.reverse(enumerable)
  def reverse(enumerable), do: :lists.reverse(list(enumerable))

  def reverse(enumerable, tail), do: :lists.reverse(list(enumerable), list(tail))

  def reverse_slice(enumerable, start, count) when is_integer(start) and is_integer(count) do
    items = list(enumerable)
    {before, rest} = split_list(items, start, [])
    {middle, after_} = split_list(rest, count, [])
    before ++ :lists.reverse(middle) ++ after_
  end

  def shuffle(enumerable) do
    keyed = map_list(list(enumerable), fn x -> {:rand.uniform(), x} end)
    map_list(:lists.keysort(1, keyed), fn {_, x} -> x end)
  end

  def random(enumerable) do
    case list(enumerable) do
      [] -> raise Enum.EmptyError
      items -> :lists.nth(:rand.uniform(length(items)), items)
    end
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    take(shuffle(enumerable), count)
  end

  # ---------------------------------------------------------------------------------------------
  # Minimum and maximum

  def min(enumerable, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min(enumerable, empty_fallback, _) when is_function(empty_fallback, 0),
    do: extreme(list(enumerable), &<=/2, empty_fallback)

  def min(enumerable, sorter, empty_fallback), do: extreme(list(enumerable), to_sorter(sorter, :min), empty_fallback)

  def max(enumerable, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def max(enumerable, empty_fallback, _) when is_function(empty_fallback, 0),
    do: extreme(list(enumerable), &>=/2, empty_fallback)

  def max(enumerable, sorter, empty_fallback), do: extreme(list(enumerable), to_sorter(sorter, :max), empty_fallback)

  defp to_sorter(fun, _) when is_function(fun, 2), do: fun
  defp to_sorter(:asc, _), do: &<=/2
  defp to_sorter(:desc, _), do: &>=/2
  defp to_sorter(module, :min) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sorter(module, :max) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  defp extreme([], _sorter, empty_fallback), do: empty_fallback.()

  defp extreme([head | tail], sorter, _empty_fallback) do
    foldl(tail, head, fn x, best -> if sorter.(best, x), do: best, else: x end)
  end

  def min_by(enumerable, fun, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0),
    do: extreme_by(list(enumerable), fun, &<=/2, empty_fallback)

  def min_by(enumerable, fun, sorter, empty_fallback),
    do: extreme_by(list(enumerable), fun, to_sorter(sorter, :min), empty_fallback)

  def max_by(enumerable, fun, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0),
    do: extreme_by(list(enumerable), fun, &>=/2, empty_fallback)

  def max_by(enumerable, fun, sorter, empty_fallback),
    do: extreme_by(list(enumerable), fun, to_sorter(sorter, :max), empty_fallback)

  defp extreme_by([], _fun, _sorter, empty_fallback), do: empty_fallback.()

  defp extreme_by([head | tail], fun, sorter, _empty_fallback) do
    {best, _} =
      foldl(tail, {head, fun.(head)}, fn x, {best, best_key} ->
        key = fun.(x)
        if sorter.(best_key, key), do: {best, best_key}, else: {x, key}
      end)

    best
  end

  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    case list(enumerable) do
      [] ->
        empty_fallback.()

      [head | tail] ->
        foldl(tail, {head, head}, fn x, {lo, hi} ->
          {if(x < lo, do: x, else: lo), if(x > hi, do: x, else: hi)}
        end)
    end
  end

  def min_max_by(enumerable, fun, sorter_or_fallback \\ &</2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0),
    do: min_max_by(enumerable, fun, &</2, empty_fallback)

  def min_max_by(enumerable, fun, sorter, empty_fallback) do
    less = if is_function(sorter, 2), do: sorter, else: to_sorter(sorter, :min)

    case list(enumerable) do
      [] ->
        empty_fallback.()

      [head | tail] ->
        key = fun.(head)

        {{lo, _}, {hi, _}} =
          foldl(tail, {{head, key}, {head, key}}, fn x, {{lo, lo_key}, {hi, hi_key}} ->
            k = fun.(x)
            lo_pair = if less.(k, lo_key), do: {x, k}, else: {lo, lo_key}
            hi_pair = if less.(hi_key, k), do: {x, k}, else: {hi, hi_key}
            {lo_pair, hi_pair}
          end)

        {lo, hi}
    end
  end

  # ---------------------------------------------------------------------------------------------
  # Taking and dropping

  def take(_enumerable, 0), do: []

  def take(enumerable, count) when is_list(enumerable) and is_integer(count) and count > 0,
    do: take_list(enumerable, count)

  def take(enumerable, count) when is_integer(count) and count > 0 do
    {_, {taken, _}} =
      __reduce__(enumerable, {[], count}, fn x, {taken, left} ->
        if left > 1, do: {:cont, {[x | taken], left - 1}}, else: {:halt, {[x | taken], 0}}
      end)

    :lists.reverse(taken)
  end

  def take(enumerable, count) when is_integer(count) do
    items = list(enumerable)
    drop_list(items, :erlang.max(length(items) + count, 0))
  end

  defp take_list([head | tail], n) when n > 0, do: [head | take_list(tail, n - 1)]
  defp take_list(_, _), do: []

  def drop(enumerable, count) when is_integer(count) and count >= 0,
    do: drop_list(list(enumerable), count)

  def drop(enumerable, count) when is_integer(count) do
    items = list(enumerable)
    take_list(items, length(items) + count)
  end

  defp drop_list([_ | tail], n) when n > 0, do: drop_list(tail, n - 1)
  defp drop_list(items, _), do: items

  def take_every(_enumerable, 0), do: []

  def take_every(enumerable, nth) when is_integer(nth) and nth > 0,
    do: take_every_list(list(enumerable), nth, 0)

  defp take_every_list([head | tail], nth, 0), do: [head | take_every_list(tail, nth, nth - 1)]
  defp take_every_list([_ | tail], nth, n), do: take_every_list(tail, nth, n - 1)
  defp take_every_list([], _nth, _n), do: []

  def drop_every(enumerable, 0), do: list(enumerable)
  def drop_every(_enumerable, 1), do: []

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1,
    do: drop_every_list(list(enumerable), nth, 0)

  defp drop_every_list([_ | tail], nth, 0), do: drop_every_list(tail, nth, nth - 1)
  defp drop_every_list([head | tail], nth, n), do: [head | drop_every_list(tail, nth, n - 1)]
  defp drop_every_list([], _nth, _n), do: []

  def take_while(enumerable, fun) when is_list(enumerable), do: take_while_list(enumerable, fun)

  def take_while(enumerable, fun) do
    {_, taken} = __reduce__(enumerable, [], fn x, taken -> if fun.(x), do: {:cont, [x | taken]}, else: {:halt, taken} end)
    :lists.reverse(taken)
  end

  defp take_while_list([head | tail], fun) do
    if fun.(head), do: [head | take_while_list(tail, fun)], else: []
  end

  defp take_while_list([], _fun), do: []

  def drop_while(enumerable, fun), do: drop_while_list(list(enumerable), fun)

  defp drop_while_list([head | tail] = items, fun) do
    if fun.(head), do: drop_while_list(tail, fun), else: items
  end

  defp drop_while_list([], _fun), do: []

  def split(enumerable, count) when is_integer(count) and count >= 0,
    do: split_list(list(enumerable), count, [])

  def split(enumerable, count) when is_integer(count) do
    items = list(enumerable)
    split_list(items, :erlang.max(length(items) + count, 0), [])
  end

  defp split_list([head | tail], n, acc) when n > 0, do: split_list(tail, n - 1, [head | acc])
  defp split_list(rest, _n, acc), do: {:lists.reverse(acc), rest}

  def split_while(enumerable, fun), do: split_while_list(list(enumerable), fun, [])

  defp split_while_list([head | tail] = items, fun, acc) do
    if fun.(head), do: split_while_list(tail, fun, [head | acc]), else: {:lists.reverse(acc), items}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  def slice(enumerable, %Range{first: first, last: last, step: step}) do
    items = list(enumerable)
    size = length(items)
    first = if first < 0, do: first + size, else: first
    last = if last < 0, do: last + size, else: last
    step = if step < 0 and first > last, do: 1, else: step

    cond do
      step < 0 ->
        raise ArgumentError,
              "Enum.slice/2 does not accept ranges with negative steps, got: #{inspect(%Range{first: first, last: last, step: step})}"

      first < 0 or first >= size or last < first ->
        if first < 0 and last >= 0, do: slice_step(items, 0, :erlang.min(last, size - 1), step), else: []

      true ->
        slice_step(items, first, :erlang.min(last, size - 1), step)
    end
  end

  def slice(enumerable, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0 do
    items = list(enumerable)
    start = if start < 0, do: :erlang.max(length(items) + start, 0), else: start
    take_list(drop_list(items, start), amount)
  end

  defp slice_step(items, first, last, step) do
    items |> drop_list(first) |> take_list(last - first + 1) |> take_every(step)
  end

  # ---------------------------------------------------------------------------------------------
  # Chunking, deduplication, combination

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    chunk_list(list(enumerable), count, step, leftover)
  end

  defp chunk_list([], _count, _step, _leftover), do: []

  defp chunk_list(items, count, step, leftover) do
    {chunk, _} = split_list(items, count, [])
    rest = drop_list(items, step)
    chunk_len = length(chunk)

    cond do
      chunk_len == count and rest == [] -> [chunk]
      chunk_len == count -> [chunk | chunk_list(rest, count, step, leftover)]
      leftover == :discard -> []
      true -> [chunk ++ take_list(list(leftover), count - chunk_len)]
    end
  end

  def chunk_by(enumerable, fun) do
    case list(enumerable) do
      [] -> []
      [head | tail] -> chunk_by_list(tail, fun, fun.(head), [head], [])
    end
  end

  defp chunk_by_list([head | tail], fun, key, chunk, acc) do
    k = fun.(head)

    if k == key,
      do: chunk_by_list(tail, fun, key, [head | chunk], acc),
      else: chunk_by_list(tail, fun, k, [head], [:lists.reverse(chunk) | acc])
  end

  defp chunk_by_list([], _fun, _key, chunk, acc), do: :lists.reverse([:lists.reverse(chunk) | acc])

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {chunks, acc} =
      foldl(list(enumerable), {[], acc}, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {[chunk | chunks], acc}
          {:cont, acc} -> {chunks, acc}
        end
      end)

    case after_fun.(acc) do
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
      {:cont, _acc} -> :lists.reverse(chunks)
    end
  end

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, fun), do: uniq_list(list(enumerable), fun, %{})

  defp uniq_list([head | tail], fun, seen) do
    key = fun.(head)

    if is_map_key(seen, key),
      do: uniq_list(tail, fun, seen),
      else: [head | uniq_list(tail, fun, Map.put(seen, key, true))]
  end

  defp uniq_list([], _fun, _seen), do: []

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) do
    case list(enumerable) do
      [] -> []
      [head | tail] -> [head | dedup_list(tail, fun, fun.(head))]
    end
  end

  defp dedup_list([head | tail], fun, previous) do
    key = fun.(head)

    if key === previous,
      do: dedup_list(tail, fun, previous),
      else: [head | dedup_list(tail, fun, key)]
  end

  defp dedup_list([], _fun, _previous), do: []

  def intersperse(enumerable, separator) do
    case list(enumerable) do
      [] -> []
      [head | tail] -> [head | intersperse_tail(tail, separator)]
    end
  end

  defp intersperse_tail([head | tail], separator), do: [separator, head | intersperse_tail(tail, separator)]
  defp intersperse_tail([], _separator), do: []

  def concat(enumerables), do: flat_map_list(list(enumerables), fn x -> list(x) end)
  def concat(left, right), do: list(left) ++ list(right)

  def zip(left, right), do: zip_lists(list(left), list(right))

  defp zip_lists([a | as], [b | bs]), do: [{a, b} | zip_lists(as, bs)]
  defp zip_lists(_, _), do: []

  def zip([]), do: []

  def zip(enumerables) do
    lists = map_list(list(enumerables), fn e -> list(e) end)
    zip_many(lists)
  end

  defp zip_many(lists) do
    if any_list(lists, fn l -> l == [] end),
      do: [],
      else: [:erlang.list_to_tuple(map_list(lists, &hd/1)) | zip_many(map_list(lists, &tl/1))]
  end

  def zip_with(left, right, fun), do: zip_with_lists(list(left), list(right), fun)

  defp zip_with_lists([a | as], [b | bs], fun), do: [fun.(a, b) | zip_with_lists(as, bs, fun)]
  defp zip_with_lists(_, _, _fun), do: []

  def zip_with(enumerables, fun) do
    enumerables
    |> zip()
    |> map_list(fn tuple -> fun.(:erlang.tuple_to_list(tuple)) end)
  end

  def zip_reduce(enumerables, acc, fun) when is_list(enumerables) do
    enumerables
    |> zip()
    |> foldl(acc, fn tuple, acc -> fun.(:erlang.tuple_to_list(tuple), acc) end)
  end

  def slide(enumerable, range_or_single_index, insertion_index)

  def slide(enumerable, index, insertion_index) when is_integer(index),
    do: slide(enumerable, index..index, insertion_index)

  def slide(enumerable, %Range{first: first, last: last, step: step}, insertion_index)
      when is_integer(insertion_index) do
    items = list(enumerable)
    size = length(items)
    first = if first < 0, do: first + size, else: first
    last = if last < 0, do: last + size, else: last
    insertion_index = if insertion_index < 0, do: insertion_index + size, else: insertion_index

    cond do
      step != 1 and not (step == -1 and first > last) ->
        raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(%Range{first: first, last: last, step: step})}"

      first > last or insertion_index >= first and insertion_index <= last ->
        items

      insertion_index > last ->
        {before, rest} = split_list(items, first, [])
        {moving, rest} = split_list(rest, last - first + 1, [])
        {between, after_} = split_list(rest, insertion_index - last, [])
        before ++ between ++ moving ++ after_

      true ->
        {before, rest} = split_list(items, insertion_index, [])
        {between, rest} = split_list(rest, first - insertion_index, [])
        {moving, after_} = split_list(rest, last - first + 1, [])
        before ++ moving ++ between ++ after_
    end
  end

  def zip_reduce(left, right, acc, fun), do: zip_reduce_lists(list(left), list(right), acc, fun)

  defp zip_reduce_lists([a | as], [b | bs], acc, fun), do: zip_reduce_lists(as, bs, fun.(a, b, acc), fun)
  defp zip_reduce_lists(_, _, acc, _fun), do: acc

  def unzip(enumerable) do
    {lefts, rights} =
      foldl(list(enumerable), {[], []}, fn {a, b}, {lefts, rights} -> {[a | lefts], [b | rights]} end)

    {:lists.reverse(lefts), :lists.reverse(rights)}
  end

  # ---------------------------------------------------------------------------------------------
  # Joining and collecting

  def join(enumerable, joiner \\ "") when is_binary(joiner) do
    enumerable
    |> list()
    |> map_list(&entry_to_string/1)
    |> intersperse(joiner)
    |> :erlang.iolist_to_binary()
  end

  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) do
    enumerable
    |> list()
    |> map_list(fn x -> entry_to_string(mapper.(x)) end)
    |> intersperse(joiner)
    |> :erlang.iolist_to_binary()
  end

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: String.Chars.to_string(entry)

  def into(enumerable, collectable) when is_list(collectable), do: collectable ++ list(enumerable)

  def into(enumerable, %MapSet{} = set), do: MapSet.union(set, MapSet.new(list(enumerable)))

  def into(enumerable, %{__struct__: _} = struct), do: not_collectable(struct, enumerable)

  def into(enumerable, map) when is_map(map) do
    foldl(list(enumerable), map, fn
      {key, value}, acc -> Map.put(acc, key, value)
      other, _acc -> raise ArgumentError, "collecting into a map requires {key, value} tuples, got: #{inspect(other)}"
    end)
  end

  def into(enumerable, bitstring) when is_bitstring(bitstring) do
    :erlang.list_to_bitstring([bitstring | map(list(enumerable), &collectable_bitstring/1)])
  end

  def into(_enumerable, other), do: not_collectable(other, nil)

  def into(enumerable, collectable, transform), do: into(map(enumerable, transform), collectable)

  defp collectable_bitstring(x) when is_bitstring(x), do: x

  defp not_collectable(value, _enumerable) do
    raise Protocol.UndefinedError, protocol: Collectable, value: value
  end
end
