defmodule Picky do
  use GenServer
  def init(:ok), do: {:ok, :state}
  def init(:ignore), do: :ignore
  def init(:fail), do: {:stop, :bad_config}
end

IO.inspect(GenServer.start(Picky, :ok) |> elem(0))
IO.inspect(GenServer.start(Picky, :ignore))
IO.inspect(GenServer.start(Picky, :fail))
