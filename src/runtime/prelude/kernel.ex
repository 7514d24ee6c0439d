# The Kernel functions that Elixir does not inline or expand at compile time and that are
# written in Elixir: **, nested access (get_in, put_in, update_in, pop_in) and struct building.
# inspect/2 and the rest of Kernel are natives or compiler expansions.
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

  def base ** exponent when is_integer(base) and is_integer(exponent) and exponent >= 0,
    do: Integer.pow(base, exponent)

  def base ** exponent when is_number(base) and is_number(exponent), do: :math.pow(base, exponent)

  def struct(struct, fields \\ []), do: build_struct(struct, fields, false)
  def struct!(struct, fields \\ []), do: build_struct(struct, fields, true)

  defp build_struct(module, fields, strict) when is_atom(module),
    do: build_struct(module.__struct__(), fields, strict)

  defp build_struct(%{__struct__: module} = struct, fields, strict) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      cond do
        key == :__struct__ -> acc
        :maps.is_key(key, acc) -> :maps.put(key, value, acc)
        strict -> raise KeyError, key: key, term: module
        true -> acc
      end
    end)
  end

  def get_in(data, [key | rest]) do
    case rest do
      [] -> Access.get(data, key)
      _ -> get_in(Access.get(data, key), rest)
    end
  end

  def put_in(data, keys, value), do: update_in(data, keys, fn _ -> value end)

  def update_in(data, [key], fun) do
    case data do
      %{__struct__: _} -> Map.update!(data, key, fun)
      _ -> Access.put(data, key, fun.(Access.get(data, key)))
    end
  end

  def update_in(data, [key | rest], fun) do
    Access.put(data, key, update_in(Access.get(data, key), rest, fun))
  end

  def get_and_update_in(data, [key], fun) do
    {get, new} = fun.(Access.get(data, key))
    {get, Access.put(data, key, new)}
  end

  def get_and_update_in(data, [key | rest], fun) do
    {get, inner} = get_and_update_in(Access.get(data, key), rest, fun)
    {get, Access.put(data, key, inner)}
  end

  def pop_in(data, [key]), do: Access.pop(data, key)

  def pop_in(data, [key | rest]) do
    case Access.fetch(data, key) do
      {:ok, inner} ->
        {value, inner} = pop_in(inner, rest)
        {value, Access.put(data, key, inner)}

      :error ->
        {nil, data}
    end
  end
end

defmodule Access do
  def fetch(%{__struct__: module} = struct, _key) do
    raise UndefinedFunctionError,
      module: module,
      function: :fetch,
      arity: 2,
      message:
        "function #{inspect(module)}.fetch/2 is undefined (#{inspect(module)} does not implement the Access behaviour)" <>
          describe_struct(struct)
  end

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

  def get(data, key, default \\ nil) do
    case fetch(data, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def put(map, key, value) when is_map(map), do: :maps.put(key, value, map)
  def put(list, key, value) when is_list(list), do: Keyword.put(list, key, value)
  def put(nil, key, _value), do: raise(ArgumentError, "could not put/update key #{inspect(key)} on a nil value")

  def pop(map, key) when is_map(map) do
    case :maps.take(key, map) do
      {value, map} -> {value, map}
      :error -> {nil, map}
    end
  end

  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)
  def pop(nil, _key), do: {nil, nil}

  defp describe_struct(_struct), do: ""
end
