defmodule Secret do
  def reveal(x), do: double(x) + 1
  defp double(x), do: x * 2
end

IO.inspect(Secret.reveal(20))
IO.inspect(function_exported?(Secret, :reveal, 1))
IO.inspect(function_exported?(Secret, :double, 1))
