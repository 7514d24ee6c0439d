# Regex.replace/3,4 in Elixir, so that the replacement may be a function; matching itself is
# native (src/runtime/bifs/regex.ts), as are the rest of Regex's functions.
defmodule Regex do
  defstruct re_pattern: nil, source: "", opts: "", re_version: ""

  def replace(regex, string, replacement, options \\ [])

  def replace(regex, string, replacement, options) when is_binary(replacement) do
    :elixir_regex.replace(regex, string, replacement, Keyword.get(options, :global, true))
  end

  def replace(regex, string, replacement, options) when is_function(replacement) do
    matches = :elixir_regex.matches(regex, string, Keyword.get(options, :global, true))
    {parts, offset} = Enum.reduce(matches, {[], 0}, &replace_one(&1, &2, string, replacement))
    IO.iodata_to_binary(:lists.reverse(parts, [binary_part(string, offset, byte_size(string) - offset)]))
  end

  defp replace_one([{start, length} | groups] = all, {parts, offset}, string, replacement) do
    before = binary_part(string, offset, start - offset)
    texts = Enum.map(all, fn {s, l} -> if s < 0, do: "", else: binary_part(string, s, l) end)
    {:arity, arity} = :erlang.fun_info(replacement, :arity)
    args = Enum.take(texts ++ List.duplicate("", arity), arity)
    _ = groups
    {[to_string(apply(replacement, args)), before | parts], start + length}
  end
end
