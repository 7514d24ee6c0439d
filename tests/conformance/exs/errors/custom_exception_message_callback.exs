defmodule LimitError do
  defexception [:limit, :value]

  @impl true
  def message(e), do: "value #{e.value} exceeds limit #{e.limit}"
end

raise LimitError, limit: 10, value: 99
