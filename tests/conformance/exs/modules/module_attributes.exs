defmodule AppConfig do
  @default_name "anon"
  @limits [min: 1, max: 10]
  @doc "not printed"
  def name, do: @default_name
  def max, do: @limits[:max]
  @default_name "changed"
  def name_again, do: @default_name
  def module, do: __MODULE__
end

IO.inspect(AppConfig.name())
IO.inspect(AppConfig.max())
IO.inspect(AppConfig.name_again())
IO.inspect(AppConfig.module())
