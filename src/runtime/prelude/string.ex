# The String functions that Elixir itself writes as one :erlang call. They stay Elixir here
# so that a bad argument fails inside the :erlang native, whose name the error message
# explains ("errors were found at the given arguments: * 1st argument: not a textual
# representation of an integer"). The rest of String is native (src/runtime/bifs/string.ts).
defmodule String do
  def to_integer(string) when is_binary(string), do: :erlang.binary_to_integer(string)

  def to_integer(string, base) when is_binary(string) and is_integer(base),
    do: :erlang.binary_to_integer(string, base)

  def to_float(string) when is_binary(string), do: :erlang.binary_to_float(string)
  def to_atom(string) when is_binary(string), do: :erlang.binary_to_atom(string, :utf8)

  def to_existing_atom(string) when is_binary(string),
    do: :erlang.binary_to_existing_atom(string, :utf8)
end
