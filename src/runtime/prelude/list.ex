# List: functions specific to lists, on top of the :lists and :erlang natives.
defmodule List do
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([head | _], _default), do: head

  def last(list, default \\ nil)
  def last([], default), do: default
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)

  def flatten(list) when is_list(list), do: :lists.flatten(list)
  def flatten(list, tail) when is_list(list) and is_list(tail), do: :lists.flatten(list, tail)

  def duplicate(elem, n) when is_integer(n) and n >= 0, do: :lists.duplicate(n, elem)

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def delete(list, element) when is_list(list), do: :lists.delete(element, list)

  def delete_at(list, index) when is_integer(index) do
    case pop_at(list, index) do
      {_, list} -> list
    end
  end

  def pop_at(list, index, default \\ nil) when is_integer(index) do
    index = if index < 0, do: length(list) + index, else: index

    if index < 0 do
      {default, list}
    else
      pop_at_list(list, index, default, [])
    end
  end

  defp pop_at_list([head | tail], 0, _default, acc), do: {head, :lists.reverse(acc, tail)}
  defp pop_at_list([head | tail], index, default, acc), do: pop_at_list(tail, index - 1, default, [head | acc])
  defp pop_at_list([], _index, default, acc), do: {default, :lists.reverse(acc)}

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 ->
        list ++ [value]

      _ when index < 0 ->
        index = length(list) + index + 1
        if index < 0, do: [value | list], else: insert_at_list(list, index, value)

      _ ->
        insert_at_list(list, index, value)
    end
  end

  defp insert_at_list([], _index, value), do: [value]
  defp insert_at_list(list, 0, value), do: [value | list]
  defp insert_at_list([head | tail], index, value), do: [head | insert_at_list(tail, index - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index),
    do: update_at(list, index, fn _ -> value end)

  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: list, else: update_at_list(list, index, fun)
  end

  defp update_at_list([head | tail], 0, fun), do: [fun.(head) | tail]
  defp update_at_list([head | tail], index, fun), do: [head | update_at_list(tail, index - 1, fun)]
  defp update_at_list([], _index, _fun), do: []

  def keyfind(list, key, position, default \\ nil) do
    case :lists.keyfind(key, position + 1, list) do
      false -> default
      tuple -> tuple
    end
  end

  def keyfind!(list, key, position) do
    case :lists.keyfind(key, position + 1, list) do
      false ->
        raise KeyError,
          key: key,
          term: list,
          message: "key #{inspect(key)} at position #{inspect(position)} not found in: #{inspect(list)}"

      tuple ->
        tuple
    end
  end

  def keymember?(list, key, position), do: :lists.keymember(key, position + 1, list)
  def keydelete(list, key, position), do: :lists.keydelete(key, position + 1, list)
  def keyreplace(list, key, position, new_tuple), do: :lists.keyreplace(key, position + 1, list, new_tuple)
  def keystore(list, key, position, new_tuple), do: :lists.keystore(key, position + 1, list, new_tuple)

  def keytake(list, key, position) do
    case :lists.keytake(key, position + 1, list) do
      {:value, element, list} -> {element, list}
      false -> nil
    end
  end

  def keysort(list, position, sorter \\ :asc)
  def keysort(list, position, :asc), do: :lists.keysort(position + 1, list)

  def keysort(list, position, :desc),
    do: Enum.sort_by(list, &:erlang.element(position + 1, &1), :desc)

  def keysort(list, position, sorter), do: Enum.sort_by(list, &:erlang.element(position + 1, &1), sorter)

  def foldl(list, acc, fun) when is_list(list) and is_function(fun), do: Enum.reduce(list, acc, fun)

  def foldr(list, acc, fun) when is_list(list) and is_function(fun),
    do: Enum.reduce(:lists.reverse(list), acc, fun)

  def zip([]), do: []
  def zip(lists) when is_list(lists), do: Enum.zip(lists)

  def to_tuple(list) when is_list(list), do: :erlang.list_to_tuple(list)
  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_float(charlist), do: :erlang.list_to_float(charlist)

  def to_string(list) when is_list(list) do
    case :unicode.characters_to_binary(list) do
      result when is_binary(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
    end
  end

  def to_charlist(list) when is_list(list), do: :unicode.characters_to_list(list)

  def starts_with?([head | tail], [head | prefix_tail]), do: starts_with?(tail, prefix_tail)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  def ascii_printable?(list, limit \\ :infinity), do: ascii_printable_list(list, limit)

  defp ascii_printable_list(_, 0), do: true
  defp ascii_printable_list([], _), do: true

  defp ascii_printable_list([char | rest], limit)
       when is_integer(char) and char >= 32 and char <= 126,
       do: ascii_printable_list(rest, decrement(limit))

  defp ascii_printable_list([char | rest], limit) when char in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a],
    do: ascii_printable_list(rest, decrement(limit))

  defp ascii_printable_list(_, _), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  def improper?(list) when is_list(list) and length(list) >= 0, do: false
  def improper?(list) when is_list(list), do: true
end
