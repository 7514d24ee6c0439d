// A warm-up for the interpreter, run once per JS realm before a learner's first Run. V8
// compiles the dispatch loop (vm/interp.ts) only after it has run a while, and compiles it
// again each time optimized code meets an instruction or a type it had no feedback for; a
// cold realm ran fib(27) 2-4x slower than a warm one, and its second and third runs were no
// faster. This program goes through the instructions and value shapes that typical lessons
// use (calls, tail loops, closures, maps, binaries, mixed comparisons, try, receive, GenServer,
// Agent), and through the compiler, in a throwaway runtime, a few short rounds at a time.
import type { Runtime } from './index.ts';

const SOURCE = `
defmodule Warm do
  use GenServer

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + 1)

  def sum([], acc), do: acc
  def sum([h | t], acc), do: sum(t, acc + h)

  def shapes(n) do
    m = %{a: n, b: [n, n * 2], c: {n, :x, "s#{n}"}}
    m = %{m | a: n + 1}
    m = Map.put(m, :d, 1.5 * n)
    case m do
      %{a: a, c: {_, :x, <<"s", rest::binary>>}} when is_binary(rest) and a > 0 -> byte_size(rest) + a
      _ -> 0
    end
  end

  def compare(a, b), do: {a < b, a <= b, a > b, a >= b, a == b, a != b, a === b, a !== b}

  def order(a, b) when a < b, do: :lt
  def order(a, b) when a >= b, do: eq_or_gt(a, b)

  def eq_or_gt(a, b) when a <= b, do: :eq
  def eq_or_gt(a, b) when a > b, do: :gt

  def guarded(x) when is_integer(x) and x >= 0, do: :pos
  def guarded(x) when is_atom(x) or is_list(x), do: :other
  def guarded(%{}), do: :map
  def guarded(_), do: :else

  def catching(n) do
    try do
      case rem(n, 4) do
        0 -> raise ArgumentError, "bad"
        1 -> throw(:thrown)
        2 -> exit(:gone)
        _ -> n
      end
    rescue
      e in ArgumentError -> byte_size(e.message)
    catch
      :throw, v -> v
      :exit, r -> r
    end
  end

  def enums(n) do
    list = Enum.to_list(1..n)
    doubled = Enum.map(list, fn x -> x * 2 end)
    evens = Enum.filter(doubled, &(rem(&1, 4) == 0))
    total = Enum.reduce(evens, 0, fn x, acc -> x + acc end)
    words = for i <- list, rem(i, 3) == 0, do: Integer.to_string(i)
    joined = Enum.join(words, ",")
    sorted = Enum.sort(list, :desc)
    {total, String.length(joined), hd(sorted), length(list ++ [0]), inspect({list, %{n: n}})}
  end

  defstruct a: 1, b: 2

  def struct_update(n) do
    s = %Warm{a: n}
    s = %Warm{s | b: n + 1}
    s.a + s.b
  end

  def prefix("ab" <> rest), do: rest
  def prefix(other), do: other

  def tail_fun(f, x), do: f.(x)

  def only_zero(0), do: :zero

  def failing(n) do
    try do
      case rem(n, 4) do
        0 -> {:ok} = {n}
        1 -> case n do
          :never -> :x
        end
        2 -> only_zero(n)
        _ -> try do
          raise "inner"
        rescue
          e -> reraise e, __STACKTRACE__
        end
      end
    rescue
      _ -> :rescued
    end
  end

  def selective do
    send(self(), :first)
    send(self(), :second)
    receive do
      :second -> :ok
    end
    receive do
      :first -> :ok
    end
  end

  def ping(0), do: :done
  def ping(n) do
    me = self()
    pid = spawn(fn -> receive do {:ping, from} -> send(from, {:pong, self()}) end end)
    send(pid, {:ping, me})
    receive do
      {:pong, ^pid} -> ping(n - 1)
    after
      1000 -> :timeout
    end
  end

  def calls(_pid, 0, last), do: last
  def calls(pid, n, _last), do: calls(pid, n - 1, GenServer.call(pid, :inc))

  @impl true
  def init(n), do: {:ok, n}
  @impl true
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  @impl true
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
end

defmodule WarmRun do
  def round(k) do
    Warm.fib(15 + rem(k, 2))
    Warm.loop(20_000, 0)
    Warm.sum(Enum.to_list(1..2000), 0)
    for i <- 1..300, do: Warm.shapes(i)
    for a <- [1, 2.5, :a, "b", [1], {1}, %{}, 1.0e20, 12_345_678_901_234_567_890], b <- [1, :a, 2.5], do: Warm.compare(a, b)
    for x <- [1, -1, :a, [], %{}, "s", 2.0], do: Warm.guarded(x)
    for a <- [1, 2, 1.0, :a, "b"], b <- [1, 2.0, :a], do: Warm.order(a, b)
    for i <- 1..40, do: Warm.catching(i)
    for i <- 1..40, do: {Warm.failing(i), Warm.struct_update(i), Warm.prefix("abc"), Warm.prefix("x"), Warm.tail_fun(&(&1 + i), i)}
    for _ <- 1..20, do: Warm.selective()
    Warm.enums(200)
    Warm.ping(30)
    {:ok, pid} = GenServer.start_link(Warm, 0)
    GenServer.cast(pid, {:add, 2})
    Warm.calls(pid, 300, nil)
    GenServer.stop(pid)
    {:ok, agent} = Agent.start_link(fn -> [] end)
    for i <- 1..30, do: Agent.update(agent, &[i | &1])
    Agent.get(agent, &length/1)
  end
end
`;

/**
 * Runs the warm-up in `rt` (a throwaway runtime: its modules and processes stay behind) a piece
 * per call of the returned step, so that a host can give its event loop a turn in between: the
 * first step compiles and loads the program, each next one runs a round. A step returns
 * whether any work remains.
 */
export function warmUpSteps(rt: Runtime, rounds = 8): () => boolean {
  let k = -1;
  return () => {
    if (k >= rounds) return false;
    rt.load(k < 0 ? SOURCE : `WarmRun.round(${k})`, 'warmup.exs');
    k++;
    return k < rounds;
  };
}

/** The whole warm-up at once (for hosts that need not stay responsive meanwhile, and tests). */
export function warmUp(rt: Runtime, rounds = 8): void {
  const step = warmUpSteps(rt, rounds);
  while (step());
}
