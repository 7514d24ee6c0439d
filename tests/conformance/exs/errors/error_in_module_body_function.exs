defmodule Buggy do
  def run(list), do: Enum.map(list, &(&1 + 1))
end

IO.inspect(Buggy.run([1, 2]))
Buggy.run([1, :two, 3])
