# Tuple: functions over tuples, each a single :erlang native.
defmodule Tuple do
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)
  def append(tuple, value), do: :erlang.append_element(tuple, value)
  def insert_at(tuple, index, value), do: :erlang.insert_element(index + 1, tuple, value)
  def delete_at(tuple, index), do: :erlang.delete_element(index + 1, tuple)
  def duplicate(data, size), do: :erlang.make_tuple(size, data)
  def sum(tuple), do: Enum.sum(:erlang.tuple_to_list(tuple))
  def product(tuple), do: Enum.product(:erlang.tuple_to_list(tuple))
end
