defmodule BoomError do
  defexception message: "default boom", code: 0
end

raise BoomError, code: 42
