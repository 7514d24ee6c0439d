# IO: writing to the process's group leader. Every write goes through :io.put_chars/2 (a VM
# native that knows the group leader); inspection is laid out by the :elixir_inspect natives.
defmodule IO do
  def puts(device \\ :stdio, item) do
    :io.put_chars(map_dev(device), [to_chardata(item), ?\n])
  end

  def write(device \\ :stdio, chardata) do
    :io.put_chars(map_dev(device), to_chardata(chardata))
  end

  def binwrite(device \\ :stdio, iodata) do
    :io.put_chars(map_dev(device), iodata)
  end

  def inspect(item, opts \\ []) do
    inspect(:stdio, item, opts)
  end

  def inspect(device, item, opts) when is_list(opts) do
    docs =
      case :elixir_inspect.custom_structs(item) do
        [] -> []
        structs -> Inspect.custom_docs(structs, opts)
      end

    :io.put_chars(map_dev(device), [:elixir_inspect.io_inspect(item, opts, docs), ?\n])
    item
  end

  # Like Elixir's, the warning is followed by the caller's stacktrace and a blank line.
  def warn(message) do
    stacktrace =
      try do
        :erlang.error(:warn)
      catch
        _, _ -> __STACKTRACE__
      end

    warn(message, Enum.drop_while(stacktrace, fn {module, _, _, _} -> module in [:erlang, IO] end))
  end

  def warn(message, stacktrace) when is_list(stacktrace) do
    trace = Enum.map(stacktrace, fn entry -> ["  ", Exception.format_stacktrace_entry(entry), ?\n] end)
    :io.put_chars(:standard_error, ["warning: ", to_chardata(message), ?\n, trace, ?\n])
  end

  def warn(message, _env), do: warn(message)

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)
  def iodata_length(iodata), do: :erlang.iolist_size(iodata)

  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: List.to_string(list)

  defp map_dev(:stdio), do: :standard_io
  defp map_dev(:stderr), do: :standard_error
  defp map_dev(other), do: other

  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(other), do: String.Chars.to_string(other)
end
