defmodule Broken do
  def f do
    :ok
end
