# Elixir 1.14's raise/1 puts error_info: %{module: Exception} on the raising frame; raise/2 does not.
defmodule Thrower do
  def run(:raise), do: raise("boom")
  def run(:struct), do: raise(ArgumentError, message: "bad")
  def run(:exception), do: raise(%KeyError{key: :k})
  def run(:alias), do: raise(ArgumentError)
  def run(:throw), do: throw(:ball)
  def run(:exit), do: exit(:gone)
  def run(:badarith), do: 1 + Process.get(:not_a_number, :a)
end

for what <- [:raise, :struct, :exception, :alias, :badarith] do
  try do
    Thrower.run(what)
  rescue
    _ -> IO.inspect(hd(__STACKTRACE__), label: "#{what}")
  end
end

for what <- [:throw, :exit] do
  try do
    Thrower.run(what)
  catch
    _, _ -> IO.inspect(hd(__STACKTRACE__), label: "#{what}")
  end
end

try do
  try do
    raise "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  _ -> IO.inspect(hd(__STACKTRACE__), label: "reraise")
end

defmodule Deep do
  def a(x), do: b(x) + 1
  def b(x), do: raise("deep #{x}")
end
Deep.a(1)
