# MapSet: a set kept as the keys of a map, with the same struct fields as Elixir's
# (map: %{element => []}, version: 2) so that it inspects and compares the same.
defmodule MapSet do
  defstruct map: %{}, version: 2

  def new, do: %MapSet{}
  def new(%MapSet{} = set), do: set

  def new(enumerable) do
    %MapSet{map: :maps.from_keys(Enum.to_list(enumerable), [])}
  end

  def new(enumerable, transform) when is_function(transform, 1) do
    %MapSet{map: :maps.from_keys(Enum.map(enumerable, transform), [])}
  end

  def put(%MapSet{map: map} = set, value), do: %{set | map: :maps.put(value, [], map)}
  def delete(%MapSet{map: map} = set, value), do: %{set | map: :maps.remove(value, map)}
  def member?(%MapSet{map: map}, value), do: :maps.is_key(value, map)
  def size(%MapSet{map: map}), do: map_size(map)
  def to_list(%MapSet{map: map}), do: :maps.keys(map)

  def union(%MapSet{map: map1} = set, %MapSet{map: map2}), do: %{set | map: :maps.merge(map1, map2)}

  def intersection(%MapSet{map: map1} = set, %MapSet{map: map2}) do
    %{set | map: :maps.with(:maps.keys(map2), map1)}
  end

  def difference(%MapSet{map: map1} = set, %MapSet{map: map2}) do
    %{set | map: :maps.without(:maps.keys(map2), map1)}
  end

  def symmetric_difference(%MapSet{} = set1, %MapSet{} = set2) do
    union(difference(set1, set2), difference(set2, set1))
  end

  def subset?(%MapSet{map: map1}, %MapSet{map: map2}) do
    map_size(map1) <= map_size(map2) and Enum.all?(:maps.keys(map1), &:maps.is_key(&1, map2))
  end

  def disjoint?(%MapSet{map: map1}, %MapSet{map: map2}) do
    not Enum.any?(:maps.keys(map1), &:maps.is_key(&1, map2))
  end

  def equal?(%MapSet{map: map1}, %MapSet{map: map2}), do: map1 === map2

  def filter(%MapSet{map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: :maps.from_keys(Enum.filter(:maps.keys(map), fun), [])}
  end

  def reject(%MapSet{map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: :maps.from_keys(Enum.reject(:maps.keys(map), fun), [])}
  end
end
