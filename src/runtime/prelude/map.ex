# Map: functions over maps, on top of the :maps natives. Errors carry what Elixir's do
# (KeyError with the key and the map, BadMapError for a non-map).
defmodule Map do
  def new, do: %{}

  def new(%{__struct__: _} = struct), do: :maps.from_list(Enum.to_list(struct))
  def new(%{} = map), do: map
  def new(enumerable), do: :maps.from_list(Enum.to_list(enumerable))

  def new(enumerable, transform) when is_function(transform, 1) do
    enumerable
    |> Enum.map(transform)
    |> :maps.from_list()
  end

  def keys(map), do: :maps.keys(map)
  def values(map), do: :maps.values(map)
  def to_list(map), do: :maps.to_list(map)
  def has_key?(map, key), do: :maps.is_key(key, map)
  def fetch(map, key), do: :maps.find(key, map)

  def fetch!(map, key) do
    case :maps.find(key, map) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: map
    end
  end

  def get(map, key, default \\ nil) do
    case map do
      %{^key => value} -> value
      %{} -> default
      other -> :erlang.error({:badmap, other})
    end
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
    end
  end

  def put(map, key, value), do: :maps.put(key, value, map)

  def put_new(map, key, value) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, value, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
    end
  end

  def replace(map, key, value) do
    case map do
      %{^key => _} -> %{map | key => value}
      %{} -> map
    end
  end

  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> map
    end
  end

  def replace!(map, key, value) do
    case map do
      %{^key => _} -> %{map | key => value}
      %{} -> raise KeyError, key: key, term: map
    end
  end

  def delete(map, key), do: :maps.remove(key, map)

  def drop(map, keys) when is_map(map), do: Enum.reduce(keys, map, fn key, acc -> :maps.remove(key, acc) end)
  def drop(map, _keys), do: :erlang.error({:badmap, map})

  def take(map, keys) when is_map(map) do
    Enum.reduce(keys, %{}, fn key, acc ->
      case map do
        %{^key => value} -> :maps.put(key, value, acc)
        %{} -> acc
      end
    end)
  end

  def take(map, _keys), do: :erlang.error({:badmap, map})

  def split(map, keys) when is_map(map) do
    Enum.reduce(keys, {%{}, map}, fn key, {taken, rest} ->
      case rest do
        %{^key => value} -> {:maps.put(key, value, taken), :maps.remove(key, rest)}
        %{} -> {taken, rest}
      end
    end)
  end

  def merge(map1, map2), do: :maps.merge(map1, map2)

  def merge(map1, map2, fun) when is_function(fun, 3) do
    Enum.reduce(:maps.to_list(map2), map1, fn {key, value2}, acc ->
      case acc do
        %{^key => value1} -> :maps.put(key, fun.(key, value1, value2), acc)
        %{} -> :maps.put(key, value2, acc)
      end
    end)
  end

  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> raise KeyError, key: key, term: map
      other -> :erlang.error({:badmap, other})
    end
  end

  def pop(map, key, default \\ nil) do
    case :maps.take(key, map) do
      {value, map} -> {value, map}
      :error -> {default, map}
    end
  end

  def pop!(map, key) do
    case :maps.take(key, map) do
      {value, map} -> {value, map}
      :error -> raise KeyError, key: key, term: map
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {value, map} -> {value, map}
      :error -> {fun.(), map}
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = get(map, key)

    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} ->
        case fun.(value) do
          {get, update} -> {get, :maps.put(key, update, map)}
          :pop -> {value, :maps.remove(key, map)}
          other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
        end

      %{} ->
        raise KeyError, key: key, term: map
    end
  end

  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)
  def from_struct(module) when is_atom(module), do: from_struct(module.__struct__())

  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2

  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(Enum.filter(:maps.to_list(map), fun))
  end

  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(Enum.reject(:maps.to_list(map), fun))
  end

  def map(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(Enum.map(:maps.to_list(map), fn {key, _} = pair -> {key, fun.(pair)} end))
  end

  def from_keys(keys, value) when is_list(keys), do: :maps.from_keys(keys, value)
end
