// The Elixir half of the shell: the evaluator's receive loop and the helpers IEx imports
// (flush, v, pid, respawn, clear, h, i). The evaluator is an ordinary process, so `self()`,
// links, trap_exit and the mailbox seen by `flush()` are its own, as in IEx; it waits for
// `{:"$iex_eval", main, bindings}` with a selective receive, which leaves the learner's
// messages in the mailbox untouched. Results go back through the `:elixir_iex` natives.
// https://github.com/elixir-lang/elixir/blob/v1.14.0/lib/iex/lib/iex/evaluator.ex
// https://github.com/elixir-lang/elixir/blob/v1.14.0/lib/iex/lib/iex/helpers.ex

/** What IEx returns from helpers whose result it does not print. */
export const NO_RESULT = 'do not show this result in output';

export const evaluatorSource = `
defmodule IEx.Evaluator do
  def init do
    loop()
  end

  defp loop do
    receive do
      {:"$iex_eval", main, bindings} ->
        try do
          fun = main.()
          {result, new_bindings} = fun.(bindings)
          :elixir_iex.reply(:ok, result, new_bindings)
        catch
          kind, reason -> :elixir_iex.reply(kind, reason, __STACKTRACE__)
        end
        loop()
    end
  end
end

defmodule IEx.Helpers do
  def flush do
    receive do
      message ->
        IO.inspect(message)
        flush()
    after
      0 -> :ok
    end
  end

  def v(n \\\\ -1) do
    # Not a tail call: the error for a missing entry names IEx.Helpers.v/1, as in IEx.
    value = :elixir_iex.history(n)
    value
  end

  def pid(string), do: :elixir_iex.pid(string)
  def pid(x, y, z) when is_integer(x) and is_integer(y) and is_integer(z), do: :elixir_iex.pid(x, y, z)

  def respawn do
    :elixir_iex.respawn()
    :"${NO_RESULT}"
  end

  def clear do
    :elixir_iex.clear()
    :"${NO_RESULT}"
  end

  def h do
    :elixir_iex.help(nil)
    :"${NO_RESULT}"
  end

  def h(module) do
    :elixir_iex.help(module)
    :"${NO_RESULT}"
  end

  def i(term \\\\ v(-1)) do
    IO.write(:elixir_iex.info(term))
    :"${NO_RESULT}"
  end
end
`;
