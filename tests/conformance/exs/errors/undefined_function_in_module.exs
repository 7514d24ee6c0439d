defmodule Existing do
  def here, do: :ok
end

IO.inspect(Existing.here())
Existing.not_here(1, 2)
