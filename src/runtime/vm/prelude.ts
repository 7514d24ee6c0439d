// Elixir source for the few functions the VM itself provides that call back into Elixir code
// (a native never calls a fun). Loaded before the stdlib prelude.
export const vmPreludeSources: { file: string; source: string }[] = [
  {
    file: 'lib/timer.ex',
    source: `
defmodule :timer do
  def tc(fun) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = fun.()
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(fun, args) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(m, f, a) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(m, f, a)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end
end
`,
  },
];
