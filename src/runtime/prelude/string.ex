# The String functions with default arguments (so that a bad argument is reported against
# the full arity, String.upcase/2, as in Elixir), String.replace/3,4 whose replacement may be a
# function, and the conversions Elixir itself writes as one :erlang call. They stay Elixir here
# so that a bad argument fails inside the :erlang native, whose name the error message
# explains ("errors were found at the given arguments: * 1st argument: not a textual
# representation of an integer"). The rest of String is native (src/runtime/bifs/string.ts).
defmodule String do
  def to_integer(string), do: :erlang.binary_to_integer(string)
  def to_integer(string, base), do: :erlang.binary_to_integer(string, base)
  def to_float(string), do: :erlang.binary_to_float(string)
  def to_atom(string), do: :erlang.binary_to_atom(string, :utf8)
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string, :utf8)

  def split(string, pattern, options \\ []) when is_binary(string),
    do: :elixir_string.split(string, pattern, options)

  def upcase(string, mode \\ :default) when is_binary(string), do: :elixir_string.upcase(string, mode)
  def downcase(string, mode \\ :default) when is_binary(string), do: :elixir_string.downcase(string, mode)

  def capitalize(string, mode \\ :default) when is_binary(string),
    do: :elixir_string.capitalize(string, mode)

  def pad_leading(string, count, padding \\ " ") when is_binary(string) and is_integer(count) and count >= 0,
    do: :elixir_string.pad_leading(string, count, padding)

  def pad_trailing(string, count, padding \\ " ") when is_binary(string) and is_integer(count) and count >= 0,
    do: :elixir_string.pad_trailing(string, count, padding)

  def replace(subject, pattern, replacement, options \\ [])

  def replace(subject, pattern, replacement, options) when is_function(replacement, 1) do
    if is_map(pattern) do
      Regex.replace(pattern, subject, replacement, options)
    else
      global = Keyword.get(options, :global, true)
      matches = :binary.matches(subject, pattern)
      matches = if global, do: matches, else: Enum.take(matches, 1)

      {parts, offset} =
        Enum.reduce(matches, {[], 0}, fn {start, length}, {parts, offset} ->
          found = binary_part(subject, start, length)
          {[to_string(replacement.(found)), binary_part(subject, offset, start - offset) | parts], start + length}
        end)

      IO.iodata_to_binary(:lists.reverse(parts, [binary_part(subject, offset, byte_size(subject) - offset)]))
    end
  end

  def replace(subject, pattern, replacement, options),
    do: :elixir_string.replace(subject, pattern, replacement, options)
end
