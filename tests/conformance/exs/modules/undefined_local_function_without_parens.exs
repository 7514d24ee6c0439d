defmodule Counter do
  def run(x) do
    IO.inspect(x)
    count
  end
end

Counter.run(1)
