# Stream: lazy enumerables. A stream here is a function of ({:cont, acc}, fun) answering
# {:done, acc} or {:halted, acc} (Enumerable's reduce for functions, without :suspend), so a
# pipeline of Stream calls does no work until Enum pulls, and stops when Enum has enough.
defmodule Stream do
  def map(enumerable, mapper) do
    fn {:cont, acc}, fun -> Enum.__reduce__(enumerable, acc, fn x, acc -> fun.(mapper.(x), acc) end) end
  end

  def each(enumerable, each_fun) do
    map(enumerable, fn x ->
      each_fun.(x)
      x
    end)
  end

  def filter(enumerable, pred) do
    fn {:cont, acc}, fun ->
      Enum.__reduce__(enumerable, acc, fn x, acc -> if pred.(x), do: fun.(x, acc), else: {:cont, acc} end)
    end
  end

  def reject(enumerable, pred), do: filter(enumerable, fn x -> not pred.(x) end)

  def flat_map(enumerable, mapper) do
    fn {:cont, acc}, fun ->
      Enum.__reduce__(enumerable, acc, fn x, acc ->
        case Enum.__reduce__(mapper.(x), acc, fun) do
          {:done, acc} -> {:cont, acc}
          {:halted, acc} -> {:halt, acc}
        end
      end)
    end
  end

  def concat(enumerables), do: flat_map(enumerables, fn enumerable -> enumerable end)
  def concat(first, second), do: flat_map([first, second], fn enumerable -> enumerable end)

  def with_index(enumerable, offset \\ 0) do
    fn {:cont, acc}, fun ->
      {status, {acc, _}} =
        Enum.__reduce__(enumerable, {acc, offset}, fn x, {acc, i} ->
          case fun.({x, i}, acc) do
            {:cont, acc} -> {:cont, {acc, i + 1}}
            {:halt, acc} -> {:halt, {acc, i + 1}}
          end
        end)

      {status, acc}
    end
  end

  # Stops pulling once enough elements went through; the result is :halted only when the
  # consumer itself asked to stop.
  defp limited(enumerable, state, step) do
    fn {:cont, acc}, fun ->
      {_, {acc, _, consumer_halted}} =
        Enum.__reduce__(enumerable, {acc, state, false}, fn x, {acc, state, _} ->
          case step.(x, state) do
            {:emit, state} ->
              case fun.(x, acc) do
                {:cont, acc} -> {:cont, {acc, state, false}}
                {:halt, acc} -> {:halt, {acc, state, true}}
              end

            {:emit_last, state} ->
              case fun.(x, acc) do
                {:cont, acc} -> {:halt, {acc, state, false}}
                {:halt, acc} -> {:halt, {acc, state, true}}
              end

            {:skip, state} ->
              {:cont, {acc, state, false}}

            :stop ->
              {:halt, {acc, state, false}}
          end
        end)

      {if(consumer_halted, do: :halted, else: :done), acc}
    end
  end

  def take(_enumerable, 0), do: fn {:cont, acc}, _fun -> {:done, acc} end

  def take(enumerable, count) when is_integer(count) and count > 0 do
    limited(enumerable, count, fn _x, left -> if left > 1, do: {:emit, left - 1}, else: {:emit_last, 0} end)
  end

  def take(enumerable, count) when is_integer(count), do: Enum.take(enumerable, count)

  def take_while(enumerable, pred) do
    limited(enumerable, nil, fn x, state -> if pred.(x), do: {:emit, state}, else: :stop end)
  end

  def drop(enumerable, count) when is_integer(count) and count >= 0 do
    limited(enumerable, count, fn _x, left -> if left > 0, do: {:skip, left - 1}, else: {:emit, 0} end)
  end

  def drop(enumerable, count) when is_integer(count), do: Enum.drop(enumerable, count)

  def drop_while(enumerable, pred) do
    limited(enumerable, true, fn x, dropping ->
      if dropping and pred.(x), do: {:skip, true}, else: {:emit, false}
    end)
  end

  def take_every(enumerable, nth) when is_integer(nth) and nth > 0 do
    limited(enumerable, 0, fn _x, i -> if rem(i, nth) == 0, do: {:emit, i + 1}, else: {:skip, i + 1} end)
  end

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, key_fun) do
    fn {:cont, acc}, fun ->
      {status, {acc, _}} =
        Enum.__reduce__(enumerable, {acc, %{}}, fn x, {acc, seen} ->
          key = key_fun.(x)

          if :maps.is_key(key, seen) do
            {:cont, {acc, seen}}
          else
            case fun.(x, acc) do
              {:cont, acc} -> {:cont, {acc, :maps.put(key, true, seen)}}
              {:halt, acc} -> {:halt, {acc, seen}}
            end
          end
        end)

      {status, acc}
    end
  end

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ []) do
    fn {:cont, acc}, fun -> Enum.__reduce__(Enum.chunk_every(enumerable, count, step, leftover), acc, fun) end
  end

  def scan(enumerable, fun) do
    transform(enumerable, :first, fn
      x, :first -> {[x], {:acc, x}}
      x, {:acc, acc} ->
        acc = fun.(x, acc)
        {[acc], {:acc, acc}}
    end)
  end

  def scan(enumerable, acc, fun) do
    transform(enumerable, acc, fn x, acc ->
      acc = fun.(x, acc)
      {[acc], acc}
    end)
  end

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) do
    transform(enumerable, :none, fn x, previous ->
      key = fun.(x)
      if previous == {:key, key}, do: {[], previous}, else: {[x], {:key, key}}
    end)
  end

  def intersperse(enumerable, separator) do
    transform(enumerable, false, fn
      x, false -> {[x], true}
      x, true -> {[separator, x], true}
    end)
  end

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth >= 0 do
    transform(enumerable, 0, fn x, i ->
      if nth > 0 and rem(i, nth) == 0, do: {[fun.(x)], i + 1}, else: {[x], i + 1}
    end)
  end

  def drop_every(enumerable, nth) when is_integer(nth) and nth >= 0 do
    transform(enumerable, 0, fn x, i ->
      if nth > 0 and rem(i, nth) == 0, do: {[], i + 1}, else: {[x], i + 1}
    end)
  end

  def duplicate(value, count) when is_integer(count) and count >= 0, do: take(repeatedly(fn -> value end), count)

  def zip_with(left, right, fun), do: map(zip(left, right), fn {a, b} -> fun.(a, b) end)

  # transform/3: each element gives a list (or enumerable) of elements to emit and a new
  # accumulator, or {:halt, acc} to stop.
  def transform(enumerable, acc, reducer) do
    fn {:cont, outer}, fun ->
      {status, {outer, _, consumer_halted}} =
        Enum.__reduce__(enumerable, {outer, acc, false}, fn x, {outer, acc, _} ->
          case reducer.(x, acc) do
            {:halt, acc} ->
              {:halt, {outer, acc, false}}

            {emit, acc} ->
              case Enum.__reduce__(emit, outer, fun) do
                {:done, outer} -> {:cont, {outer, acc, false}}
                {:halted, outer} -> {:halt, {outer, acc, true}}
              end
          end
        end)

      {if(consumer_halted, do: :halted, else: status_of(status)), outer}
    end
  end

  defp status_of(_status), do: :done

  def chunk_by(enumerable, fun) do
    fn {:cont, outer}, consumer ->
      {status, {outer, chunk, _key, consumer_halted}} =
        Enum.__reduce__(enumerable, {outer, [], nil, false}, fn x, {outer, chunk, key, _} ->
          k = fun.(x)

          cond do
            chunk == [] or k == key ->
              {:cont, {outer, [x | chunk], k, false}}

            true ->
              case consumer.(:lists.reverse(chunk), outer) do
                {:cont, outer} -> {:cont, {outer, [x], k, false}}
                {:halt, outer} -> {:halt, {outer, [], k, true}}
              end
          end
        end)

      cond do
        consumer_halted ->
          {:halted, outer}

        chunk == [] ->
          {status_of(status), outer}

        true ->
          case consumer.(:lists.reverse(chunk), outer) do
            {:cont, outer} -> {:done, outer}
            {:halt, outer} -> {:halted, outer}
          end
      end
    end
  end

  def iterate(start_value, next_fun), do: fn {:cont, acc}, fun -> iterate_loop(start_value, next_fun, acc, fun) end

  defp iterate_loop(value, next_fun, acc, fun) do
    case fun.(value, acc) do
      {:cont, acc} -> iterate_loop(next_fun.(value), next_fun, acc, fun)
      {:halt, acc} -> {:halted, acc}
    end
  end

  def repeatedly(generator), do: fn {:cont, acc}, fun -> repeat_loop(generator, acc, fun) end

  defp repeat_loop(generator, acc, fun) do
    case fun.(generator.(), acc) do
      {:cont, acc} -> repeat_loop(generator, acc, fun)
      {:halt, acc} -> {:halted, acc}
    end
  end

  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable")
  def cycle(enumerable), do: fn {:cont, acc}, fun -> cycle_loop(enumerable, acc, fun) end

  defp cycle_loop(enumerable, acc, fun) do
    case Enum.__reduce__(enumerable, acc, fun) do
      {:done, acc} -> cycle_loop(enumerable, acc, fun)
      {:halted, acc} -> {:halted, acc}
    end
  end

  def unfold(next_acc, next_fun), do: fn {:cont, acc}, fun -> unfold_loop(next_acc, next_fun, acc, fun) end

  defp unfold_loop(next_acc, next_fun, acc, fun) do
    case next_fun.(next_acc) do
      nil ->
        {:done, acc}

      {element, next_acc} ->
        case fun.(element, acc) do
          {:cont, acc} -> unfold_loop(next_acc, next_fun, acc, fun)
          {:halt, acc} -> {:halted, acc}
        end
    end
  end

  def resource(start_fun, next_fun, after_fun) do
    fn {:cont, acc}, fun ->
      resource = start_fun.()
      result = resource_loop(resource, next_fun, acc, fun)
      after_fun.(elem(result, 2))
      {elem(result, 0), elem(result, 1)}
    end
  end

  defp resource_loop(resource, next_fun, acc, fun) do
    case next_fun.(resource) do
      {:halt, resource} ->
        {:done, acc, resource}

      {elements, resource} ->
        case Enum.__reduce__(elements, acc, fun) do
          {:done, acc} -> resource_loop(resource, next_fun, acc, fun)
          {:halted, acc} -> {:halted, acc, resource}
        end
    end
  end

  def zip(left, right), do: zip([left, right])

  # Without :suspend two streams cannot be walked in step; a finite prefix is taken instead,
  # bounded by the shortest finite input.
  def zip(enumerables) do
    fn {:cont, acc}, fun -> Enum.__reduce__(Enum.zip(enumerables), acc, fun) end
  end

  def run(stream) do
    Enum.__reduce__(stream, nil, fn _, acc -> {:cont, acc} end)
    :ok
  end
end
