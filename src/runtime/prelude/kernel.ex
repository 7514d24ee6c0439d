# The Kernel functions that Elixir does not inline or expand at compile time and that are
# written in Elixir: **, nested access (get_in, put_in, update_in, pop_in) and struct building.
# inspect/2 runs the user's Inspect implementations; the rest of Kernel is natives or compiler
# expansions.
defmodule Kernel do
  # The guard functions, for captures such as &is_atom/1 and Kernel.is_atom/1 (calls are inlined).
  def is_atom(term), do: :erlang.is_atom(term)
  def is_binary(term), do: :erlang.is_binary(term)
  def is_bitstring(term), do: :erlang.is_bitstring(term)
  def is_boolean(term), do: :erlang.is_boolean(term)
  def is_float(term), do: :erlang.is_float(term)
  def is_function(term), do: :erlang.is_function(term)
  def is_integer(term), do: :erlang.is_integer(term)
  def is_list(term), do: :erlang.is_list(term)
  def is_map(term), do: :erlang.is_map(term)
  def is_number(term), do: :erlang.is_number(term)
  def is_pid(term), do: :erlang.is_pid(term)
  def is_port(term), do: :erlang.is_port(term)
  def is_reference(term), do: :erlang.is_reference(term)
  def is_tuple(term), do: :erlang.is_tuple(term)
  def length(term), do: :erlang.length(term)
  def hd(term), do: :erlang.hd(term)
  def tl(term), do: :erlang.tl(term)
  def abs(term), do: :erlang.abs(term)
  def round(term), do: :erlang.round(term)
  def trunc(term), do: :erlang.trunc(term)
  def map_size(term), do: :erlang.map_size(term)
  def tuple_size(term), do: :erlang.tuple_size(term)
  def byte_size(term), do: :erlang.byte_size(term)
  def bit_size(term), do: :erlang.bit_size(term)
  def is_function(term, arity), do: :erlang.is_function(term, arity)
  def is_map_key(map, key), do: :erlang.is_map_key(key, map)
  def elem(tuple, index), do: :erlang.element(index + 1, tuple)
  def put_elem(tuple, index, value), do: :erlang.setelement(index + 1, tuple, value)
  def div(dividend, divisor), do: :erlang.div(dividend, divisor)
  def rem(dividend, divisor), do: :erlang.rem(dividend, divisor)
  def max(first, second), do: :erlang.max(first, second)
  def min(first, second), do: :erlang.min(first, second)

  def function_exported?(module, function, arity), do: :erlang.function_exported(module, function, arity)

  def left =~ right when is_binary(left) and is_binary(right), do: String.contains?(left, right)
  def left =~ right when is_binary(left) and is_map(right), do: Regex.match?(right, left)

  def sigil_r(source, modifiers), do: Regex.compile!(source, List.to_string(modifiers))
  def sigil_D(string, []), do: Date.from_iso8601!(string)

  def base ** exponent when is_integer(base) and is_integer(exponent) and exponent >= 0,
    do: Integer.pow(base, exponent)

  def base ** exponent when is_number(base) and is_number(exponent), do: :math.pow(base, exponent)

  # The natives lay the term out; a struct with a `defimpl Inspect` of its own is shown by it.
  def inspect(term, opts \\ []) when is_list(opts) do
    case :elixir_inspect.custom_structs(term) do
      [] -> :elixir_inspect.inspect(term, opts, [])
      structs -> :elixir_inspect.inspect(term, opts, Inspect.custom_docs(structs, opts))
    end
  end

  def struct(struct, fields \\ []), do: build_struct(struct, fields, false)

  # A module's __struct__/1 is what checks @enforce_keys, as in Elixir.
  def struct!(struct, fields \\ [])
  def struct!(module, fields) when is_atom(module), do: module.__struct__(fields)
  def struct!(struct, fields), do: build_struct(struct, fields, true)

  defp build_struct(module, fields, strict) when is_atom(module),
    do: build_struct(:elixir_struct.default(module), fields, strict)

  defp build_struct(%{__struct__: _} = struct, fields, strict) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      cond do
        key == :__struct__ -> acc
        :maps.is_key(key, acc) -> :maps.put(key, value, acc)
        strict -> raise KeyError, key: key, term: acc
        true -> acc
      end
    end)
  end

  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, &get_in(&1, t))
  def get_in(nil, [_]), do: nil
  def get_in(nil, [_ | t]), do: get_in(nil, t)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def put_in(data, [_ | _] = keys, value) do
    elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun) do
    elem(get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)
  end

  def get_and_update_in(data, [head], fun) when is_function(head, 3), do: head.(:get_and_update, data, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(head, 3),
    do: head.(:get_and_update, data, &get_and_update_in(&1, tail, fun))

  def get_and_update_in(data, [head], fun) when is_function(fun, 1), do: Access.get_and_update(data, head, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, head, &get_and_update_in(&1, tail, fun))

  def pop_in(nil, [key | _]), do: raise(ArgumentError, "could not pop key #{inspect(key)} on a nil value")
  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)
  defp pop_in_data(data, [fun | tail]) when is_function(fun), do: fun.(:get_and_update, data, &pop_in_data(&1, tail))
  defp pop_in_data(data, [key]), do: Access.pop(data, key)
  defp pop_in_data(data, [key | tail]), do: Access.get_and_update(data, key, &pop_in_data(&1, tail))
end

defmodule Access do
  # ---------------------------------------------------------------------------------------------
  # Keys in maps and keyword lists

  def fetch(%module{} = _container, _key), do: raise(not_access(module, :fetch, 2))
  def fetch(map, key) when is_map(map), do: :maps.find(key, map)

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list) do
    raise ArgumentError,
          "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)
  end

  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  def get(container, key, default \\ nil) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get_and_update(%module{}, _key, _fun), do: raise(not_access(module, :get_and_update, 3))
  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)
  def get_and_update(nil, key, _fun), do: raise(ArgumentError, "could not put/update key #{inspect(key)} on a nil value")

  def pop(%module{}, _key), do: raise(not_access(module, :pop, 2))
  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)
  def pop(nil, _key), do: {nil, nil}

  defp not_access(module, function, arity) do
    %UndefinedFunctionError{
      module: module,
      function: function,
      arity: arity,
      message:
        "function #{inspect(module)}.#{function}/#{arity} is undefined (#{inspect(module)} does not implement " <>
          "the Access behaviour. If you are using get_in/put_in/update_in, you can specify the field " <>
          "to be accessed using Access.key!/1)"
    }
  end

  # ---------------------------------------------------------------------------------------------
  # Accessors for get_in/put_in/update_in/pop_in: functions of (op, data, next)

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next ->
        next.(Map.fetch!(data, key))

      :get_and_update, %{} = data, next ->
        value = Map.fetch!(data, key)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> raise "Access.key!/1 cannot be used with pop"
        end

      _op, data, _next ->
        raise "Access.key!/1 expected a map/struct, got: #{inspect(data)}"
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    position = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(position, data))

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(position, data)

        case next.(value) do
          {get, update} -> {get, :erlang.setelement(position, data, update)}
          :pop -> raise ArgumentError, "cannot pop data from a tuple"
        end

      _op, data, _next ->
        raise RuntimeError, "Access.elem/1 expected a tuple, got: #{inspect(data)}"
    end
  end

  def at(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        next.(Enum.at(data, index))

      :get_and_update, data, next when is_list(data) ->
        get_and_update_at(data, index, next, [])

      _op, data, _next ->
        raise RuntimeError, "Access.at/1 expected a list, got: #{inspect(data)}"
    end
  end

  def at!(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        case Enum.fetch(data, index) do
          {:ok, value} -> next.(value)
          :error -> raise Enum.OutOfBoundsError, "index #{index} is out of bounds for a list of length #{length(data)}"
        end

      :get_and_update, data, next when is_list(data) ->
        if index >= length(data) or index < -length(data),
          do: raise(Enum.OutOfBoundsError, "index #{index} is out of bounds for a list of length #{length(data)}"),
          else: get_and_update_at(data, index, next, [])

      _op, data, _next ->
        raise RuntimeError, "Access.at!/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp get_and_update_at([head | rest], 0, next, updates) do
    case next.(head) do
      {get, update} -> {get, :lists.reverse([update | updates], rest)}
      :pop -> {head, :lists.reverse(updates, rest)}
    end
  end

  defp get_and_update_at([_ | _] = list, index, next, updates) when index < 0 do
    size = length(list)
    if size + index >= 0, do: get_and_update_at(list, size + index, next, updates), else: {nil, list}
  end

  defp get_and_update_at([head | rest], index, next, updates),
    do: get_and_update_at(rest, index - 1, next, [head | updates])

  defp get_and_update_at([], _index, _next, updates), do: {nil, :lists.reverse(updates)}

  def all do
    fn
      :get, data, next when is_list(data) ->
        Enum.map(data, next)

      :get_and_update, data, next when is_list(data) ->
        get_and_update_filtered(data, fn _ -> true end, next)

      _op, data, _next ->
        raise "Access.all/0 expected a list, got: #{inspect(data)}"
    end
  end

  def filter(func) when is_function(func) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.filter(func) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        get_and_update_filtered(data, func, next)

      _op, data, _next ->
        raise "Access.filter/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp get_and_update_filtered(data, func, next) do
    {gets, updates} =
      Enum.reduce(data, {[], []}, fn item, {gets, updates} ->
        if func.(item) do
          case next.(item) do
            {get, update} -> {[get | gets], [update | updates]}
            :pop -> {[item | gets], updates}
          end
        else
          {gets, [item | updates]}
        end
      end)

    {:lists.reverse(gets), :lists.reverse(updates)}
  end
end
