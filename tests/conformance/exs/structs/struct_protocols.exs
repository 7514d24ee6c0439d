defmodule Temp do
  defstruct celsius: 0
end

defimpl String.Chars, for: Temp do
  def to_string(%Temp{celsius: c}), do: "#{c}°C"
end

defimpl Inspect, for: Temp do
  def inspect(%Temp{celsius: c}, _opts), do: "#Temp<#{c}>"
end

defmodule Main do
  def run do
    t = %Temp{celsius: 21}
    IO.puts(t)
    IO.puts("now #{t}")
    IO.inspect(t)
    IO.inspect([t, %{t: t}])
  end
end

Main.run()
