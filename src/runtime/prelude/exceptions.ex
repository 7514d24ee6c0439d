# The standard exceptions with Elixir 1.14's fields and messages, and the small part of the
# Exception module that formats them. The VM turns Erlang error reasons (badarg, {badkey, K},
# function_clause...) into these structs.
defmodule Exception do
  def message(%module{__exception__: true} = exception), do: module.message(exception)

  def exception?(%{__struct__: struct, __exception__: true}) when is_atom(struct), do: true
  def exception?(_), do: false

  def normalize(kind, payload, stacktrace \\ [])
  def normalize(:error, payload, stacktrace), do: :elixir_vm.normalize(payload, stacktrace)
  def normalize(_kind, payload, _stacktrace), do: payload

  def format_banner(kind, exception, stacktrace \\ [])

  def format_banner(:error, exception, stacktrace) do
    exception = normalize(:error, exception, stacktrace)
    "** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(:throw, reason, _stacktrace), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _stacktrace), do: "** (exit) " <> format_exit(reason)

  def format(kind, payload, stacktrace \\ []) do
    case stacktrace do
      [] -> format_banner(kind, payload, stacktrace)
      _ -> format_banner(kind, payload, stacktrace) <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  def format_stacktrace(trace) do
    Enum.map_join(trace, "", fn entry -> "    " <> format_stacktrace_entry(entry) <> "\n" end)
  end

  def format_stacktrace_entry({_module, :__MODULE__, 0, location}), do: location_text(location) <> "(module)"
  def format_stacktrace_entry({_module, :__FILE__, 1, location}), do: location_text(location) <> "(file)"

  def format_stacktrace_entry({module, fun, arity, location}) do
    location_text(location) <> format_mfa(module, fun, arity)
  end

  def format_stacktrace_entry({fun, arity, location}) when is_function(fun) do
    location_text(location) <> inspect(fun) <> "/" <> Integer.to_string(arity)
  end

  defp location_text(location) do
    case {Keyword.get(location, :file), Keyword.get(location, :line)} do
      {nil, _} -> ""
      {file, nil} -> List.to_string(file) <> ": "
      {file, line} -> List.to_string(file) <> ":" <> Integer.to_string(line) <> ": "
    end
  end

  # The runtime's own exit banners and this one are the same text.
  def format_exit(reason), do: :elixir_otp.format_exit(reason)

  # An anonymous fun's -outer/arity-fun-N- name reads "anonymous fn/N in Mod.outer/arity".
  def format_mfa(module, fun, arity) when is_atom(module) and is_atom(fun) do
    case anonymous_fun_parent(fun) do
      {outer, outer_arity} ->
        "anonymous fn#{format_arity(arity)} in #{inspect(module)}.#{:elixir_inspect.function_name(outer)}/#{outer_arity}"

      :error ->
        "#{inspect(module)}.#{:elixir_inspect.function_name(fun)}#{format_arity(arity)}"
    end
  end

  defp anonymous_fun_parent(fun) do
    with "-" <> rest <- Atom.to_string(fun),
         [trailing | reversed] = rest |> String.split("/") |> Enum.reverse(),
         [arity, _inner, _count, ""] <- String.split(trailing, "-") do
      {reversed |> Enum.reverse() |> Enum.join("/") |> String.to_atom(), arity}
    else
      _ -> :error
    end
  end

  defp format_arity(arity) when is_list(arity), do: "(" <> Enum.map_join(arity, ", ", &inspect/1) <> ")"
  defp format_arity(arity) when is_integer(arity), do: "/" <> Integer.to_string(arity)
end

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(%{message: nil, key: key, term: term}) do
    message = "key #{inspect(key)} not found"
    if term != nil, do: message <> " in: #{inspect(term)}", else: message
  end

  def message(%{message: message}), do: message
end

defmodule MatchError do
  defexception [:term]
  def message(exception), do: "no match of right hand side value: #{inspect(exception.term)}"
end

defmodule CaseClauseError do
  defexception [:term]
  def message(exception), do: "no case clause matching: #{inspect(exception.term)}"
end

defmodule CondClauseError do
  defexception []
  def message(_exception), do: "no cond clause evaluated to a truthy value"
end

defmodule TryClauseError do
  defexception [:term]
  def message(exception), do: "no try clause matching: #{inspect(exception.term)}"
end

defmodule WithClauseError do
  defexception [:term]
  def message(exception), do: "no with clause matching: #{inspect(exception.term)}"
end

defmodule BadMapError do
  defexception [:term]
  def message(exception), do: "expected a map, got: #{inspect(exception.term)}"
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(exception),
    do: "expected a boolean on left-side of \"#{exception.operator}\", got: #{inspect(exception.term)}"
end

defmodule BadFunctionError do
  defexception [:term]
  def message(exception), do: "expected a function, got: #{inspect(exception.term)}"
end

defmodule BadStructError do
  defexception [:struct, :term]

  def message(exception),
    do: "expected a struct named #{inspect(exception.struct)}, got: #{inspect(exception.term)}"
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(%{function: function, args: args}) do
    {:arity, arity} = :erlang.fun_info(function, :arity)
    count = length(args)
    noun = if count == 1, do: "argument", else: "arguments"
    args = Enum.map_join(args, ", ", &inspect/1)
    "#{inspect(function)} with arity #{arity} called with #{count} #{noun} (#{args})"
  end
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(%{message: nil, module: module, function: function, arity: arity, reason: reason}) do
    mfa = Exception.format_mfa(module, function, arity)

    if reason == :"module could not be loaded" do
      "function #{mfa} is undefined (module #{inspect(module)} is not available)"
    else
      "function #{mfa} is undefined or private"
    end
  end

  def message(%{message: message}), do: message
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(%{module: module, function: function, arity: arity}) do
    "no function clause matching in #{Exception.format_mfa(module, function, arity)}"
  end
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]

  def message(%{protocol: protocol, value: value, description: description}) do
    "protocol #{inspect(protocol)} not implemented for #{inspect(value)} of type " <>
      value_type(value) <> if(description == "", do: "", else: ", " <> description)
  end

  defp value_type(%{__struct__: struct}), do: "#{inspect(struct)} (a struct)"
  defp value_type(value) when is_atom(value), do: "Atom"
  defp value_type(value) when is_bitstring(value) and not is_binary(value), do: "BitString"
  defp value_type(value) when is_binary(value), do: "BitString"
  defp value_type(value) when is_float(value), do: "Float"
  defp value_type(value) when is_function(value), do: "Function"
  defp value_type(value) when is_integer(value), do: "Integer"
  defp value_type(value) when is_list(value), do: "List"
  defp value_type(value) when is_map(value), do: "Map"
  defp value_type(value) when is_pid(value), do: "PID"
  defp value_type(value) when is_port(value), do: "Port"
  defp value_type(value) when is_reference(value), do: "Reference"
  defp value_type(value) when is_tuple(value), do: "Tuple"
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]

  def exception(opts) do
    %UnicodeConversionError{
      encoded: Keyword.fetch!(opts, :encoded),
      message: "#{Keyword.fetch!(opts, :kind)} #{detail(Keyword.fetch!(opts, :rest))}"
    }
  end

  defp detail(rest) when is_binary(rest), do: "encoding starting at #{inspect(rest)}"
  defp detail([head | _]) when is_integer(head), do: "code point #{head}"
  defp detail([head | _]), do: detail(head)
end

defmodule ErlangError do
  defexception [:original, :reason]

  def message(%{original: original}), do: "Erlang error: #{inspect(original)}"
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end

defmodule Regex.CompileError do
  defexception message: "regex could not be compiled"
end
