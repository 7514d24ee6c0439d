# A defguard expression can only use the guard's own parameters.
defmodule Typo do
  defguard is_big(x) when y > 100
end
