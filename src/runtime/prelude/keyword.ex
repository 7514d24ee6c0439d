# Keyword: lists of {atom, value} pairs where a key may repeat and order matters.
defmodule Keyword do
  def new, do: []

  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do
    pairs
    |> Enum.reverse()
    |> Enum.reduce([], fn pair, acc ->
      {key, value} = transform.(pair)
      put_new(acc, key, value)
    end)
  end

  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    Enum.flat_map(keywords, fn
      {^key, value} -> [value]
      {_, _} -> []
    end)
  end

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key),
    do: :lists.keymember(key, 1, keywords)

  def keys(keywords) when is_list(keywords), do: Enum.map(keywords, fn {key, _} -> key end)
  def values(keywords) when is_list(keywords), do: Enum.map(keywords, fn {_, value} -> value end)

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    Enum.reject(keywords, fn {k, _} -> k === key end)
  end

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key),
    do: :lists.keydelete(key, 1, keywords)

  def put(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: [{key, value} | delete(keywords, key)]

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if has_key?(keywords, key),
      do: put(keywords, key, value),
      else: raise(KeyError, key: key, term: keywords)
  end

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    keys2 = keys(keywords2)
    Enum.reject(keywords1, fn {k, _} -> :lists.member(k, keys2) end) ++ keywords2
  end

  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    Enum.reduce(keywords2, keywords1, fn {key, value2}, acc ->
      case fetch(acc, key) do
        {:ok, value1} -> put_in_place(acc, key, fun.(key, value1, value2))
        :error -> acc ++ [{key, value2}]
      end
    end)
  end

  defp put_in_place(keywords, key, value) do
    {before, [_ | rest]} = Enum.split_while(keywords, fn {k, _} -> k !== key end)
    before ++ [{key, value} | delete(rest, key)]
  end

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case fetch(keywords, key) do
      {:ok, value} -> put_in_place(keywords, key, fun.(value))
      :error -> keywords ++ [{key, default}]
    end
  end

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case fetch(keywords, key) do
      {:ok, value} -> put_in_place(keywords, key, fun.(value))
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def take(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.filter(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def drop(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.reject(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def split(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.split_with(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.filter(keywords, fun)
  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.reject(keywords, fun)

  def to_list(keywords) when is_list(keywords), do: keywords

  def equal?(left, right) when is_list(left) and is_list(right),
    do: :lists.sort(left) == :lists.sort(right)

  def from_keys(keys, value) when is_list(keys), do: Enum.map(keys, fn key -> {key, value} end)

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if has_key?(keywords, key), do: put_in_place(keywords, key, value), else: keywords
  end

  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case fetch(keywords, key) do
      {:ok, value} -> put_in_place(keywords, key, fun.(value))
      :error -> keywords
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key),
    do: {get_values(keywords, key), delete(keywords, key)}

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    current = get(keywords, key)

    case fun.(current) do
      {get, value} ->
        if has_key?(keywords, key), do: {get, put_in_place(keywords, key, value)}, else: {get, [{key, value} | keywords]}

      :pop ->
        {current, delete(keywords, key)}
    end
  end

  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case fetch(keywords, key) do
      {:ok, current} ->
        case fun.(current) do
          {get, value} -> {get, put_in_place(keywords, key, value)}
          :pop -> {current, delete(keywords, key)}
        end

      :error ->
        raise KeyError, key: key, term: keywords
    end
  end

  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    allowed = Enum.map(values, fn {key, _default} -> key; key -> key end)

    bad =
      Enum.reduce(keywords, [], fn {key, _}, acc ->
        if :lists.member(key, allowed) or :lists.member(key, acc), do: acc, else: [key | acc]
      end)

    case bad do
      [] ->
        missing =
          Enum.flat_map(values, fn
            {key, default} -> if has_key?(keywords, key), do: [], else: [{key, default}]
            _key -> []
          end)

        {:ok, :lists.reverse(missing, :lists.reverse(keywords))}

      _ ->
        {:error, bad}
    end
  end

  def validate!(keywords, values) do
    case validate(keywords, values) do
      {:ok, keywords} ->
        keywords

      {:error, bad} ->
        allowed = Enum.map(values, fn {key, _default} -> key; key -> key end)

        raise ArgumentError,
              "unknown keys #{inspect(bad)} in #{inspect(keywords)}, the allowed keys are: #{inspect(allowed)}"
    end
  end
end
