# defguard needs its `when` expression.
defmodule NoWhen do
  defguard is_big(x)
end
