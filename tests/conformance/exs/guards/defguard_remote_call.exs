# Only guard-safe expressions may be in a defguard: a call to Enum is refused when the
# guard is defined.
defmodule Bad do
  defguard is_big(list) when Enum.count(list) > 3
end
