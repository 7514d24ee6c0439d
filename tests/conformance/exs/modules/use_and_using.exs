defmodule Loud do
  defmacro __using__(opts) do
    prefix = Keyword.get(opts, :prefix, ">>")
    quote do
      def shout(s), do: unquote(prefix) <> " " <> String.upcase(s)
    end
  end
end

defmodule Speaker do
  use Loud, prefix: "!!"
end

IO.puts(Speaker.shout("hello"))
