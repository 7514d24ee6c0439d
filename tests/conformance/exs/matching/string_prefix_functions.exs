defmodule Cmd do
  def run("say " <> words), do: "said: " <> words
  def run("shout " <> words), do: String.upcase(words) <> "!"
  def run(other), do: "unknown: " <> other
end

IO.puts(Cmd.run("say hello"))
IO.puts(Cmd.run("shout hey"))
IO.puts(Cmd.run("whisper psst"))
