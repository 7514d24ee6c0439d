# Calling another module's guard needs `require` (or `import`) first.
defmodule Limits do
  defguard is_big(x) when x > 100
end

defmodule User do
  def check(x) when Limits.is_big(x), do: :big
  def check(_), do: :small
end
