defmodule M do
  def where, do: Process.info(self(), :current_function)
end

IO.inspect(Process.info(self(), :current_function))
IO.inspect(M.where())
IO.inspect(:erlang.process_info(self(), :current_function))
