defmodule Res do
  def use(fail?) do
    try do
      IO.puts("working")
      if fail?, do: raise("fail"), else: :done
    after
      IO.puts("cleanup")
    end
  end
end

IO.inspect(Res.use(false))
try do
  Res.use(true)
rescue
  e -> IO.puts("rescued " <> e.message)
end
