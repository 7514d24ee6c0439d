# A private guard that nothing calls is reported, as an unused private function is.
defmodule Quiet do
  defguardp is_big(x) when x > 1000
  defguardp is_tiny(x) when x < 1

  def size(x) when is_big(x), do: :big
  def size(_), do: :normal
end

IO.inspect(Quiet.size(5000))
IO.inspect(Quiet.size(5))
