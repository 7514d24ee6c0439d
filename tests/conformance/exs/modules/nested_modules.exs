defmodule Outer do
  def hi, do: :outer

  defmodule Inner do
    def hi, do: :inner
  end

  def call_inner, do: Inner.hi()
end

IO.inspect(Outer.hi())
IO.inspect(Outer.Inner.hi())
IO.inspect(Outer.call_inner())
IO.inspect(Outer.Inner)
IO.inspect(Outer.Inner.__info__(:functions))
