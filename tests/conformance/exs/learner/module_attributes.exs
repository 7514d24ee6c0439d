# Module attributes as constants, @doc, and module functions.
defmodule AppConfig do
  @moduledoc "Settings for the app."
  @default_timeout 5_000
  @colors [:red, :green, :blue]
  @greeting "hello"

  @doc "The timeout in ms."
  def timeout, do: @default_timeout
  def colors, do: @colors
  def color?(c) when c in @colors, do: true
  def color?(_), do: false
  def greet, do: "#{@greeting} from #{__MODULE__}"
  @greeting "bye"
  def farewell, do: @greeting
end

IO.inspect(AppConfig.timeout())
IO.inspect(AppConfig.colors())
IO.inspect({AppConfig.color?(:red), AppConfig.color?(:pink)})
IO.puts(AppConfig.greet())
IO.puts(AppConfig.farewell())
IO.inspect(AppConfig.__info__(:functions))
IO.inspect(function_exported?(AppConfig, :timeout, 0))
IO.inspect(Code.ensure_loaded?(AppConfig))
IO.inspect(AppConfig)
IO.inspect(to_string(AppConfig))
IO.inspect(Module.concat(AppConfig, Sub))
IO.inspect(is_atom(AppConfig))
defmodule AppConfig.Nested do
  def hi, do: :nested
end
IO.inspect(AppConfig.Nested.hi())
alias AppConfig.Nested, as: N
IO.inspect(N.hi())
