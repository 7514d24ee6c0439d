# Outside a guard a defguard is an expression: each argument is evaluated once, and the
# result is a boolean even for arguments a guard would reject.
defmodule Checks do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  defguardp is_short(s) when is_binary(s) and byte_size(s) < 4

  def even?(x), do: is_even(x)
  def short?(s), do: is_short(s)

  def counted(x) do
    is_even(
      (
        send(self(), :evaluated)
        x
      )
    )
  end
end

IO.inspect(Checks.even?(4))
IO.inspect(Checks.even?(5))
IO.inspect(Checks.even?(:four))
IO.inspect(Checks.short?("abc"))
IO.inspect(Checks.short?("abcdef"))
IO.inspect(Checks.short?('abc'))
IO.inspect(Checks.counted(6))
IO.inspect(Process.info(self(), :message_queue_len))
