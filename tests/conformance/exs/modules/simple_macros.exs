defmodule MyMacros do
  defmacro unless_(cond, do: block) do
    quote do
      if unquote(cond), do: nil, else: unquote(block)
    end
  end

  defmacro times(n, do: body) do
    quote do
      Enum.each(1..unquote(n), fn _ -> unquote(body) end)
    end
  end
end

defmodule Main do
  def run do
    require MyMacros
    MyMacros.unless_(false, do: IO.puts("ran"))
    MyMacros.times(2, do: IO.puts("again"))
    IO.inspect(quote(do: 1 + 2))
    IO.inspect(Macro.to_string(quote(do: foo(1, bar))))
  end
end

Main.run()
