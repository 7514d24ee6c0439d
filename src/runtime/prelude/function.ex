# Function, Integer's guards, Bitwise, Module.concat and System: small modules that are
# thin Elixir over the :erlang natives.
defmodule Function do
  def identity(value), do: value

  def info(fun) when is_function(fun), do: :erlang.fun_info(fun)
  def info(fun, item) when is_function(fun), do: :erlang.fun_info(fun, item)

  def capture(module, function_name, arity)
      when is_atom(module) and is_atom(function_name) and is_integer(arity) and arity >= 0 and arity <= 255,
      do: :erlang.make_fun(module, function_name, arity)
end

# Elixir defines is_even/is_odd with defguard; as functions they answer the same outside guards.
defmodule Integer do
  # The functions with default arguments live here, so that a bad argument is reported
  # against the full arity (Integer.parse/2) as in Elixir; the work is native.
  def parse(binary, base \\ 10) when is_binary(binary), do: :elixir_integer.parse(binary, base)

  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}

  def extended_gcd(a, b) when is_integer(a) and is_integer(b) do
    {g, s, t} = extended_gcd_loop(a, b, 1, 0, 0, 1)
    if g < 0, do: {-g, -s, -t}, else: {g, s, t}
  end

  defp extended_gcd_loop(r0, 0, s0, _s1, t0, _t1), do: {r0, s0, t0}

  defp extended_gcd_loop(r0, r1, s0, s1, t0, t1) do
    q = div(r0, r1)
    extended_gcd_loop(r1, r0 - q * r1, s1, s0 - q * s1, t1, t0 - q * t1)
  end

  def to_string(integer, base \\ 10), do: :erlang.integer_to_binary(integer, base)
  def to_charlist(integer, base \\ 10), do: :erlang.integer_to_list(integer, base)

  def digits(integer, base \\ 10) when is_integer(integer) and is_integer(base) and base >= 2,
    do: :elixir_integer.digits(integer, base)

  def is_even(integer), do: is_integer(integer) and :erlang.band(integer, 1) == 0
  def is_odd(integer), do: is_integer(integer) and :erlang.band(integer, 1) == 1
end

defmodule Float do
  # Defaults here, so that errors name Float.round/2 as in Elixir; the rounding is native.
  def round(float, precision \\ 0) when is_float(float), do: :elixir_float.round(float, precision)
  def ceil(float, precision \\ 0) when is_float(float), do: :elixir_float.ceil(float, precision)
  def floor(float, precision \\ 0) when is_float(float), do: :elixir_float.floor(float, precision)
end

defmodule Bitwise do
  def band(left, right), do: :erlang.band(left, right)
  def bor(left, right), do: :erlang.bor(left, right)
  def bxor(left, right), do: :erlang.bxor(left, right)
  def bnot(expr), do: :erlang.bnot(expr)
  def bsl(left, right), do: :erlang.bsl(left, right)
  def bsr(left, right), do: :erlang.bsr(left, right)
  def left &&& right, do: :erlang.band(left, right)
  def left ||| right, do: :erlang.bor(left, right)
  def left ^^^ right, do: :erlang.bxor(left, right)
  def left <<< right, do: :erlang.bsl(left, right)
  def left >>> right, do: :erlang.bsr(left, right)
  def ~~~expr, do: :erlang.bnot(expr)
end

defmodule Module do
  def concat(left, right), do: concat([left, right])

  def concat(aliases) when is_list(aliases) do
    aliases
    |> Enum.reject(&(&1 == nil))
    |> Enum.map(fn
      part when is_atom(part) -> part |> Atom.to_string() |> String.replace_prefix("Elixir.", "")
      part when is_binary(part) -> String.replace_prefix(part, "Elixir.", "")
    end)
    |> Enum.join(".")
    |> then(&:erlang.binary_to_atom("Elixir." <> &1, :utf8))
  end
end

defmodule System do
  def halt(status \\ 0), do: :erlang.halt(status)
  def stop(status \\ 0), do: :erlang.halt(status)
  def version, do: "1.14.0"
  def otp_release, do: "25"
  def schedulers_online, do: :erlang.system_info(:schedulers_online)
  def monotonic_time, do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_unit(unit))
  def system_time, do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(normalize_unit(unit))
  def os_time, do: :os.system_time()
  def os_time(unit), do: :os.system_time(normalize_unit(unit))
  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers)
  def time_offset, do: :erlang.time_offset()
  def time_offset(unit), do: :erlang.time_offset(normalize_unit(unit))

  def convert_time_unit(time, from_unit, to_unit),
    do: :erlang.convert_time_unit(time, normalize_unit(from_unit), normalize_unit(to_unit))

  def get_env(_varname, default \\ nil), do: default

  defp normalize_unit(:native), do: :native
  defp normalize_unit(:second), do: :second
  defp normalize_unit(:millisecond), do: :millisecond
  defp normalize_unit(:microsecond), do: :microsecond
  defp normalize_unit(:nanosecond), do: :nanosecond
  defp normalize_unit(:seconds), do: :second
  defp normalize_unit(:milliseconds), do: :millisecond
  defp normalize_unit(:microseconds), do: :microsecond
  defp normalize_unit(:nanoseconds), do: :nanosecond
  defp normalize_unit(unit) when is_integer(unit) and unit > 0, do: unit

  defp normalize_unit(other) do
    raise ArgumentError,
          "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got #{inspect(other)}"
  end
end
