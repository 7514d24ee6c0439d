// Generated from lessons/*.md by tests/unit/lessons/catalog-generated.test.ts: run it with
// UPDATE_LESSONS=1 after editing a lesson. The lessons are parsed and their Markdown rendered
// ahead of time, so the page ships no Markdown parser.
import type { Lesson } from './format.ts';

export const lessons: Lesson[] = [
 {
  "slug": "a-process-that-remembers",
  "number": 1,
  "title": "A process that remembers",
  "summary": "A process is a receive loop; its state is the argument of the next turn.",
  "introHtml": "<p>Elixir has no objects that hold state. It has processes: small, isolated programs that each\nrun one function, own a mailbox, and share no memory with anyone. The only way to talk to a\nprocess is to send it a message.</p>\n<p>A process keeps state by looping. It waits in <code>receive</code> for the next message, works out a new\nstate from the old one, and calls itself again with that new state as its argument. Nothing is\never changed in place: the state is simply the argument of the next turn of the loop, and the\nloop is a tail call, so it can run forever without growing.</p>\n<p>In this lesson you start such a process with <code>spawn</code>, send it messages with <code>send</code>, and see\neach message change what it remembers.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "A loop that holds state",
    "html": "<p>The editor holds such a loop: a counter. Press <strong>Run</strong> to define the module in the console.</p>\n",
    "starter": "defmodule Counter do\n  # The count lives in the argument of loop/1, nowhere else.\n  def loop(count) do\n    receive do\n      :increment ->\n        loop(count + 1)\n\n      {:get, caller} ->\n        send(caller, {:count, count})\n        loop(count)\n    end\n  end\nend\n",
    "commands": [],
    "checks": [
     {
      "kind": "output",
      "params": {
       "match": "\\{:module, Counter"
      },
      "label": "The console defined the Counter module"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Start it and talk to it",
    "html": "<p><code>spawn/3</code> starts a new process running <code>Counter.loop(0)</code> and gives back its pid. Nothing\nhappens until a message arrives: the process waits in <code>receive</code>. Each <code>:increment</code> is one\nturn of the loop; <code>{:get, self()}</code> asks for the count, and the answer lands in the shell's own\nmailbox, which <code>flush()</code> prints.</p>\n<p>Click each line below to put it in the console, then press Enter.</p>\n",
    "starter": null,
    "commands": [
     "counter = spawn(Counter, :loop, [0])",
     "send(counter, :increment)",
     "send(counter, :increment)",
     "send(counter, :increment)",
     "send(counter, {:get, self()})",
     "flush()"
    ],
    "checks": [
     {
      "kind": "spawned",
      "params": {
       "label": "Counter.loop/1"
      },
      "label": "A process runs Counter.loop/1"
     },
     {
      "kind": "received",
      "params": {
       "label": "Counter.loop/1",
       "match": "^:increment$",
       "count": "3"
      },
      "label": "It received three :increment messages"
     },
     {
      "kind": "output",
      "params": {
       "match": "\\{:count, 3\\}"
      },
      "label": "The counter answered {:count, 3}"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 3,
    "title": "Your turn: count down",
    "html": "<p>Teach the counter a third message, <code>:decrement</code>, that takes one off the count. Run the module\nagain (the new version replaces the old one), start a fresh counter and try it. A message the\nloop has no clause for is not an error: it just waits in the mailbox, unread.</p>\n",
    "starter": "defmodule Counter do\n  def loop(count) do\n    receive do\n      :increment ->\n        loop(count + 1)\n\n      # TODO: :decrement\n\n      {:get, caller} ->\n        send(caller, {:count, count})\n        loop(count)\n    end\n  end\nend\n",
    "commands": [
     "counter = spawn(Counter, :loop, [0])",
     "send(counter, :increment)",
     "send(counter, :increment)",
     "send(counter, :decrement)",
     "send(counter, {:get, self()})",
     "flush()"
    ],
    "checks": [
     {
      "kind": "received",
      "params": {
       "process": "last",
       "label": "Counter.loop/1",
       "match": "^:decrement$"
      },
      "label": "The new counter received :decrement"
     },
     {
      "kind": "output",
      "params": {
       "stream": "stdout",
       "match": "^\\{:count, 1\\}$"
      },
      "label": "Two up and one down: the counter answered {:count, 1}"
     }
    ],
    "hint": "<p>Add a clause like the one for <code>:increment</code>, one line, that calls <code>loop/1</code> with <code>count - 1</code>.</p>\n",
    "solution": "defmodule Counter do\n  def loop(count) do\n    receive do\n      :increment ->\n        loop(count + 1)\n\n      :decrement ->\n        loop(count - 1)\n\n      {:get, caller} ->\n        send(caller, {:count, count})\n        loop(count)\n    end\n  end\nend\n"
   }
  ]
 },
 {
  "slug": "spawn-send-mailbox",
  "number": 2,
  "title": "spawn, send and the mailbox",
  "summary": "Messages queue up in a mailbox until the process receives them, in any order it chooses.",
  "introHtml": "<p>Sending never waits. <code>send/2</code> puts the message at the end of the receiver's mailbox and\nreturns at once, whether or not the receiver is ready for it.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Messages wait in the mailbox",
    "html": "<p>This process waits for one message only, <code>:wake_up</code>, so whatever else you send it stays in\nits mailbox. Send it three messages and ask how many are waiting. In the graph, select the process: the inspector\nlists its mailbox.</p>\n",
    "starter": null,
    "commands": [
     "sleepy = spawn(fn -> receive do :wake_up -> :ok end end)",
     "send(sleepy, {:counter, 1})",
     "send(sleepy, {:counter, 2})",
     "send(sleepy, {:counter, 3})",
     "Process.info(sleepy, :message_queue_len)"
    ],
    "checks": [
     {
      "kind": "spawned",
      "params": {
       "kind": "process"
      },
      "label": "A new process started"
     },
     {
      "kind": "mailbox",
      "params": {
       "min": "3"
      },
      "label": "Three messages wait in its mailbox"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Receive picks what it wants",
    "html": "<p>The shell is a process too, with its own mailbox. <code>receive</code> takes the oldest message that\nmatches one of its patterns and leaves the others where they are, in order. Send the shell two\nmessages, then receive only the second kind: the first is still there for <code>flush()</code>.</p>\n",
    "starter": null,
    "commands": [
     "send(self(), :ping)",
     "send(self(), {:counter, 42})",
     "receive do {:counter, n} -> n end",
     "flush()"
    ],
    "checks": [
     {
      "kind": "received",
      "params": {
       "kind": "shell",
       "match": "^\\{:counter, 42\\}$"
      },
      "label": "The shell's receive took {:counter, 42}, which came second"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^42$"
      },
      "label": "receive returned 42"
     },
     {
      "kind": "output",
      "params": {
       "stream": "stdout",
       "match": "^:ping$"
      },
      "label": "flush() showed :ping, still waiting"
     }
    ],
    "hint": "<p><code>receive</code> with an <code>after 0 -&gt;</code> clause never waits: try\n<code>receive do :nothing -&gt; :got after 0 -&gt; :empty end</code>.</p>\n",
    "solution": null
   }
  ]
 },
 {
  "slug": "links",
  "number": 3,
  "title": "Links, and the shell that dies",
  "summary": "A link ties two processes' fates together; a linked crash takes the shell down with it.",
  "introHtml": "<p>A process that dies alone is forgotten. Most of the time you want the opposite: if a process\nyou depend on crashes, you want to know, or to crash too. A <strong>link</strong> does that. When one of\ntwo linked processes exits for any reason other than <code>:normal</code>, the other receives an exit\nsignal and exits with the same reason.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Link the shell to a counter",
    "html": "<p>Run the counter module again, then start it with <code>spawn_link/3</code> instead of <code>spawn/3</code>. Note\nthe shell's pid with <code>self()</code> first.</p>\n",
    "starter": "defmodule Counter do\n  def loop(count) do\n    receive do\n      :increment -> loop(count + 1)\n      {:get, caller} -> send(caller, {:count, count}); loop(count)\n    end\n  end\nend\n",
    "commands": [
     "self()",
     "counter = spawn_link(Counter, :loop, [0])",
     "Process.info(self(), :links)"
    ],
    "checks": [
     {
      "kind": "spawned",
      "params": {
       "label": "Counter.loop/1"
      },
      "label": "A counter started"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Kill the counter",
    "html": "<p><code>Process.exit(pid, :kill)</code> kills a process, no matter what. The counter dies with reason\n<code>:killed</code>, the exit signal crosses the link, and the shell dies too. IEx notices and starts a\nnew shell: a new pid, and the counter in the prompt starts again at 1. Your variables are gone.</p>\n",
    "starter": null,
    "commands": [
     "Process.exit(counter, :kill)",
     "self()"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "label": "Counter.loop/1",
       "reason": ":killed"
      },
      "label": "The counter was killed"
     },
     {
      "kind": "exit",
      "params": {
       "kind": "shell"
      },
      "label": "The linked shell died with it"
     },
     {
      "kind": "shell-restarted",
      "params": {},
      "label": "A new shell runs, with a new pid"
     }
    ],
    "hint": null,
    "solution": null
   }
  ]
 },
 {
  "slug": "trapping-exits",
  "number": 4,
  "title": "Trapping exits",
  "summary": "A process that traps exits gets a linked crash as a message instead of dying.",
  "introHtml": "<p>Dying with a linked process is the default, not the only choice. A process that sets\n<code>Process.flag(:trap_exit, true)</code> turns exit signals into ordinary messages,\n<code>{:EXIT, pid, reason}</code>, and decides for itself what to do. Supervisors work this way.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Trap, link, kill",
    "html": "<p>Define the counter, make the shell trap exits, link a counter to it and kill the counter. This\ntime the shell survives: its pid is the same, and the exit waits in its mailbox.</p>\n",
    "starter": "defmodule Counter do\n  def loop(count) do\n    receive do\n      :increment -> loop(count + 1)\n      {:get, caller} -> send(caller, {:count, count}); loop(count)\n    end\n  end\nend\n",
    "commands": [
     "Process.flag(:trap_exit, true)",
     "counter = spawn_link(Counter, :loop, [0])",
     "Process.exit(counter, :kill)",
     "self()",
     "flush()"
    ],
    "checks": [
     {
      "kind": "trap-exit",
      "params": {},
      "label": "The shell traps exits"
     },
     {
      "kind": "exit",
      "params": {
       "label": "Counter.loop/1",
       "reason": ":killed"
      },
      "label": "The linked counter was killed"
     },
     {
      "kind": "output",
      "params": {
       "stream": "stdout",
       "match": "^\\{:EXIT, #PID<[0-9.]+>, :killed\\}$"
      },
      "label": "The shell received {:EXIT, pid, :killed}"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "A normal exit",
    "html": "<p>A process that simply returns exits with <code>:normal</code>. A link ignores that reason unless the\nother side traps exits, in which case it arrives as a message like any other.</p>\n",
    "starter": null,
    "commands": [
     "spawn_link(fn -> :done end)",
     "flush()"
    ],
    "checks": [
     {
      "kind": "output",
      "params": {
       "stream": "stdout",
       "match": "^\\{:EXIT, #PID<[0-9.]+>, :normal\\}$"
      },
      "label": "The shell received {:EXIT, pid, :normal}"
     }
    ],
    "hint": null,
    "solution": null
   }
  ]
 },
 {
  "slug": "genserver",
  "number": 5,
  "title": "The same counter as a GenServer",
  "summary": "GenServer writes the receive loop for you; you write the client API and the callbacks.",
  "introHtml": "<p>Every process so far had the same shape: a loop, a <code>receive</code>, a new state, a tail call.\n<code>GenServer</code> is that loop, written once and done well. You keep two things apart:</p>\n<ul>\n<li>the <strong>client API</strong>, plain functions that other processes call (<code>Counter.increment/1</code>), and</li>\n<li>the <strong>callbacks</strong>, which run inside the server process (<code>handle_cast/2</code>, <code>handle_call/3</code>).</li>\n</ul>\n<p>A <strong>cast</strong> sends a request and returns <code>:ok</code> at once. A <strong>call</strong> sends a request and waits for\nthe reply, like the <code>{:get, self()}</code> message you wrote by hand.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Client API and callbacks",
    "html": "<p>Run the module, start a counter and use it. Under the hood these are still messages: each\ncast reaches the server's mailbox as <code>{:&quot;$gen_cast&quot;, :increment}</code>, and a call as\n<code>{:&quot;$gen_call&quot;, from, :value}</code>, where <code>from</code> says where the reply goes.</p>\n",
    "starter": "defmodule Counter do\n  use GenServer\n\n  # Client API: runs in the caller's process.\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial)\n  def increment(pid), do: GenServer.cast(pid, :increment)\n  def value(pid), do: GenServer.call(pid, :value)\n\n  # Callbacks: run in the server process.\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast(:increment, count), do: {:noreply, count + 1}\n\n  @impl true\n  def handle_call(:value, _from, count), do: {:reply, count, count}\nend\n",
    "commands": [
     "{:ok, counter} = Counter.start_link(0)",
     "Counter.increment(counter)",
     "Counter.increment(counter)",
     "Counter.increment(counter)",
     "Counter.value(counter)",
     ":sys.get_state(counter)"
    ],
    "checks": [
     {
      "kind": "spawned",
      "params": {
       "label": "Counter"
      },
      "label": "A Counter GenServer started"
     },
     {
      "kind": "received",
      "params": {
       "label": "Counter",
       "match": "gen_cast.*:increment",
       "count": "3"
      },
      "label": "The server received three casts"
     },
     {
      "kind": "received",
      "params": {
       "label": "Counter",
       "match": "gen_call.*:value"
      },
      "label": "and a call"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^3$"
      },
      "label": "Counter.value/1 answered 3"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Your turn: a call that changes state",
    "html": "<p>Add <code>reset/1</code> to the client API and a <code>handle_call(:reset, ...)</code> callback that replies with the\nold count and sets it back to zero. Run it, then try the commands.</p>\n",
    "starter": "defmodule Counter do\n  use GenServer\n\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial)\n  def increment(pid), do: GenServer.cast(pid, :increment)\n  def value(pid), do: GenServer.call(pid, :value)\n  # TODO: def reset(pid)\n\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast(:increment, count), do: {:noreply, count + 1}\n\n  @impl true\n  def handle_call(:value, _from, count), do: {:reply, count, count}\n  # TODO: handle_call(:reset, _from, count)\nend\n",
    "commands": [
     "{:ok, counter} = Counter.start_link(5)",
     "Counter.reset(counter)",
     "Counter.value(counter)"
    ],
    "checks": [
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^5\\n0$"
      },
      "label": "reset/1 answered 5, then value/1 answered 0"
     }
    ],
    "hint": "<p>The reply and the new state are two different things: <code>{:reply, count, 0}</code> answers with the\nold count and keeps 0.</p>\n",
    "solution": "defmodule Counter do\n  use GenServer\n\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial)\n  def increment(pid), do: GenServer.cast(pid, :increment)\n  def value(pid), do: GenServer.call(pid, :value)\n  def reset(pid), do: GenServer.call(pid, :reset)\n\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast(:increment, count), do: {:noreply, count + 1}\n\n  @impl true\n  def handle_call(:value, _from, count), do: {:reply, count, count}\n  def handle_call(:reset, _from, count), do: {:reply, count, 0}\nend\n"
   }
  ]
 },
 {
  "slug": "supervisor",
  "number": 6,
  "title": "A Supervisor restarts what crashed",
  "summary": "With :one_for_one, a supervisor replaces a dead child with a fresh one, state back at the start.",
  "introHtml": "<p>A GenServer that crashes is gone, and its state with it. A <strong>Supervisor</strong> is a process whose\nonly job is to start other processes, its children, watch them (it traps exits, as you did by\nhand), and start a fresh one when one dies. With the <code>:one_for_one</code> strategy, only the child\nthat died is replaced.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Start a supervised counter",
    "html": "<p>The counter now registers itself under the name <code>Counter</code>, so you can reach it without its\npid, and <code>CounterSupervisor</code> lists it as its only child. Run the code and start the\nsupervisor; ask it about its children.</p>\n",
    "starter": "defmodule Counter do\n  use GenServer\n\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)\n  def increment, do: GenServer.cast(__MODULE__, :increment)\n  def value, do: GenServer.call(__MODULE__, :value)\n\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast(:increment, count), do: {:noreply, count + 1}\n\n  @impl true\n  def handle_call(:value, _from, count), do: {:reply, count, count}\nend\n\ndefmodule CounterSupervisor do\n  use Supervisor\n\n  def start_link(_arg), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)\n\n  @impl true\n  def init(:ok) do\n    children = [{Counter, 0}]\n    Supervisor.init(children, strategy: :one_for_one)\n  end\nend\n",
    "commands": [
     "{:ok, sup} = CounterSupervisor.start_link([])",
     "Supervisor.count_children(sup)",
     "Supervisor.which_children(sup)"
    ],
    "checks": [
     {
      "kind": "live",
      "params": {
       "kind": "supervisor",
       "label": "CounterSupervisor"
      },
      "label": "CounterSupervisor is running"
     },
     {
      "kind": "live",
      "params": {
       "label": "Counter"
      },
      "label": "Its child Counter is running"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Kill it from the console",
    "html": "<p>Count up a little, then kill the counter. The supervisor gets <code>{:EXIT, pid, :killed}</code> and\nstarts a new <code>Counter</code>, with a new pid. Its state starts again from zero: what the old process\nremembered died with it.</p>\n",
    "starter": null,
    "commands": [
     "Counter.increment()",
     "Counter.increment()",
     "Counter.value()",
     "Process.exit(Process.whereis(Counter), :kill)",
     "Supervisor.which_children(sup)",
     "Counter.value()"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "label": "Counter",
       "reason": ":killed"
      },
      "label": "The counter was killed"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^Counter$"
      },
      "label": "The supervisor restarted it"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^0$"
      },
      "label": "The new counter starts again from zero"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 3,
    "title": "Kill it from the graph",
    "html": "<p>Now the same from the Observer. In the graph, click the <code>Counter</code> node under\n<code>CounterSupervisor</code>; the inspector opens. Press <strong>Kill</strong>: it sends the exit signal <code>:kill</code>,\nwhich no process can trap, and the counter dies with reason <code>:killed</code>. Watch the node come\nback with a new pid.</p>\n",
    "starter": null,
    "commands": [],
    "checks": [
     {
      "kind": "graph-kill",
      "params": {
       "label": "Counter"
      },
      "label": "You killed Counter from the graph"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^Counter$"
      },
      "label": "The supervisor restarted it again"
     },
     {
      "kind": "live",
      "params": {
       "label": "Counter"
      },
      "label": "A new Counter is alive"
     }
    ],
    "hint": "<p>The graph is in the right-hand pane. Selecting a process shows the inspector with a <strong>Kill</strong>\nbutton at its foot.</p>\n",
    "solution": null
   }
  ]
 },
 {
  "slug": "observer",
  "number": 7,
  "title": "Reading the Observer",
  "summary": "The graph shows who supervises and links whom; the inspector shows one process inside.",
  "introHtml": "<p>The Observer is the right-hand pane. Its <strong>graph</strong> draws every process as a node: supervisors\nand their children as a tree, links as edges, the shell on its own. The <strong>inspector</strong> shows one\nprocess from the inside: its status, its links, its mailbox, and for a GenServer its state, as\n<code>:sys.get_state/1</code> returns it.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Inspect a GenServer",
    "html": "<p>Run the code, start the supervisor, and count up. Then click the <code>Counter</code> node in the graph\nand read its state in the inspector.</p>\n",
    "starter": "defmodule Counter do\n  use GenServer\n\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)\n  def increment, do: GenServer.cast(__MODULE__, :increment)\n\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast(:increment, count), do: {:noreply, count + 1}\nend\n\ndefmodule CounterSupervisor do\n  use Supervisor\n\n  def start_link(_arg), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)\n\n  @impl true\n  def init(:ok), do: Supervisor.init([{Counter, 0}], strategy: :one_for_one)\nend\n",
    "commands": [
     "{:ok, sup} = CounterSupervisor.start_link([])",
     "Counter.increment()",
     "Counter.increment()",
     ":sys.get_state(Counter)"
    ],
    "checks": [
     {
      "kind": "live",
      "params": {
       "label": "Counter"
      },
      "label": "Counter is running"
     },
     {
      "kind": "inspected",
      "params": {
       "label": "Counter"
      },
      "label": "You opened Counter in the inspector"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "A mailbox that fills up",
    "html": "<p>A process keeps every message it does not receive. This one waits for <code>:go</code> alone; start it, send it a few messages and\ninspect it: the inspector lists each message waiting, oldest first.</p>\n",
    "starter": null,
    "commands": [
     "slow = spawn(fn -> receive do :go -> :ok end end)",
     "for n <- 1..5, do: send(slow, {:job, n})",
     "Process.info(slow, :message_queue_len)"
    ],
    "checks": [
     {
      "kind": "mailbox",
      "params": {
       "min": "5"
      },
      "label": "A process has five messages waiting"
     },
     {
      "kind": "inspected",
      "params": {
       "kind": "process"
      },
      "label": "You opened it in the inspector"
     }
    ],
    "hint": null,
    "solution": null
   }
  ]
 },
 {
  "slug": "pool",
  "number": 8,
  "title": "A pool of five workers",
  "summary": "One supervisor, five identical workers; kill any one and the pool is back to five.",
  "introHtml": "<p>A supervisor can hold many children. A pool is the simplest case: several identical workers,\neach started from the same module, each with its own child id so the supervisor can tell them\napart. <code>Supervisor.child_spec/2</code> gives each one its id.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "Five workers under one supervisor",
    "html": "<p>Run the code and start a pool of five. In the graph, the five workers hang under\n<code>Pooly.Supervisor</code>, each with its own pid.</p>\n",
    "starter": "defmodule Pooly.Worker do\n  use GenServer\n\n  def start_link(n), do: GenServer.start_link(__MODULE__, n)\n\n  @impl true\n  def init(n), do: {:ok, %{number: n, jobs: 0}}\nend\n\ndefmodule Pooly.Supervisor do\n  use Supervisor\n\n  def start_link(size), do: Supervisor.start_link(__MODULE__, size, name: __MODULE__)\n\n  @impl true\n  def init(size) do\n    children =\n      for n <- 1..size do\n        Supervisor.child_spec({Pooly.Worker, n}, id: {:worker, n})\n      end\n\n    Supervisor.init(children, strategy: :one_for_one)\n  end\nend\n",
    "commands": [
     "{:ok, pool} = Pooly.Supervisor.start_link(5)",
     "Supervisor.count_children(pool)"
    ],
    "checks": [
     {
      "kind": "live",
      "params": {
       "kind": "supervisor",
       "label": "Pooly.Supervisor"
      },
      "label": "The pool's supervisor is running"
     },
     {
      "kind": "live",
      "params": {
       "label": "Pooly.Worker",
       "count": "5"
      },
      "label": "Five workers are alive"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Kill one",
    "html": "<p>Kill any worker, from the graph or from the console. The supervisor replaces it, and the pool\nis five again; the other four never noticed.</p>\n",
    "starter": null,
    "commands": [
     "[{id, pid, :worker, _} | _] = Supervisor.which_children(pool)",
     "Process.exit(pid, :kill)",
     "Supervisor.count_children(pool)"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "label": "Pooly.Worker",
       "reason": ":killed"
      },
      "label": "A worker was killed"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^\\{:worker, \\d\\}$"
      },
      "label": "The supervisor restarted it under the same id, {:worker, n}"
     },
     {
      "kind": "live",
      "params": {
       "label": "Pooly.Worker",
       "count": "5"
      },
      "label": "Five workers are alive again"
     }
    ],
    "hint": null,
    "solution": null
   }
  ]
 },
 {
  "slug": "keeping-state",
  "number": 9,
  "title": "Keeping state across restarts",
  "summary": "A restarted process starts from zero, unless its state lives in another process.",
  "introHtml": "<p>A restart gives you a fresh process in a known good state, which is the point: the old state\nmay be what made it crash. Sometimes, though, some of it must survive. The answer is to keep it\nin a process that does not crash with the worker: an <code>Agent</code> started before it (here), or an\nETS table owned by another process.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "The count lives in an Agent",
    "html": "<p><code>Counter.Store</code> is an Agent that holds the count. <code>Counter</code> reads it in <code>init/1</code> and writes it\non every increment. The supervisor starts the store first, then the counter.</p>\n",
    "starter": "defmodule Counter.Store do\n  use Agent\n\n  def start_link(_arg), do: Agent.start_link(fn -> 0 end, name: __MODULE__)\n  def get, do: Agent.get(__MODULE__, & &1)\n  def put(count), do: Agent.update(__MODULE__, fn _ -> count end)\nend\n\ndefmodule Counter do\n  use GenServer\n\n  def start_link(_arg), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)\n  def increment, do: GenServer.call(__MODULE__, :increment)\n  def value, do: GenServer.call(__MODULE__, :value)\n\n  @impl true\n  def init(:ok), do: {:ok, Counter.Store.get()}\n\n  @impl true\n  def handle_call(:increment, _from, count) do\n    Counter.Store.put(count + 1)\n    {:reply, :ok, count + 1}\n  end\n\n  def handle_call(:value, _from, count), do: {:reply, count, count}\nend\n\ndefmodule CounterSupervisor do\n  use Supervisor\n\n  def start_link(_arg), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)\n\n  @impl true\n  def init(:ok) do\n    Supervisor.init([Counter.Store, Counter], strategy: :one_for_one)\n  end\nend\n",
    "commands": [
     "{:ok, sup} = CounterSupervisor.start_link([])",
     "Counter.increment()",
     "Counter.increment()",
     "Counter.increment()",
     "Process.exit(Process.whereis(Counter), :kill)",
     "Counter.value()"
    ],
    "checks": [
     {
      "kind": "live",
      "params": {
       "label": "Counter.Store"
      },
      "label": "The store is running"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^Counter$"
      },
      "label": "Counter was restarted"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^3$"
      },
      "label": "The new Counter still counts 3"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "The same with an ETS table",
    "html": "<p>An ETS table is a store inside the runtime that any process can read and write (with\n<code>:public</code>), but it belongs to the process that created it and dies with it. Here\n<code>Counter.Table</code> creates the table and does nothing else; <code>Counter</code> updates the count in it.\nStop the first supervisor if it runs (its <code>Counter</code> holds the name), run this code, kill <code>Counter</code>:\nthe count survives. Then kill the table's owner: the table goes with it, and its restarted\nowner creates a fresh one at zero.</p>\n",
    "starter": "defmodule Counter.Table do\n  use GenServer\n\n  def start_link(_arg), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)\n\n  @impl true\n  def init(:ok) do\n    :ets.new(:counter, [:named_table, :public, :set])\n    :ets.insert(:counter, {:count, 0})\n    {:ok, :no_state}\n  end\nend\n\ndefmodule Counter do\n  use GenServer\n\n  def start_link(_arg), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)\n  def increment, do: GenServer.call(__MODULE__, :increment)\n  def value, do: :ets.lookup_element(:counter, :count, 2)\n\n  @impl true\n  def init(:ok), do: {:ok, :no_state}\n\n  @impl true\n  def handle_call(:increment, _from, state) do\n    :ets.update_counter(:counter, :count, 1)\n    {:reply, :ok, state}\n  end\nend\n",
    "commands": [
     "Supervisor.stop(CounterSupervisor)",
     "{:ok, sup} = Supervisor.start_link([Counter.Table, Counter], strategy: :one_for_one)",
     "Counter.increment()",
     "Counter.increment()",
     "Process.exit(Process.whereis(Counter), :kill)",
     "Counter.value()",
     ":ets.info(:counter, :owner) == Process.whereis(Counter.Table)",
     "Process.exit(Process.whereis(Counter.Table), :kill)",
     "Counter.value()"
    ],
    "checks": [
     {
      "kind": "live",
      "params": {
       "label": "Counter.Table"
      },
      "label": "The table's owner is running"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^Counter$"
      },
      "label": "Counter was restarted"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^2$"
      },
      "label": "The count, 2, outlived Counter"
     },
     {
      "kind": "exit",
      "params": {
       "label": "Counter.Table",
       "reason": ":killed"
      },
      "label": "The table's owner was killed"
     },
     {
      "kind": "output",
      "params": {
       "stream": "result",
       "match": "^0$"
      },
      "label": "The table died with its owner: the count is 0 again"
     }
    ],
    "hint": "<p>Who owns the table decides how long it lives. A table owned by a process that never crashes\n(one that does nothing else) keeps its data while its users come and go.</p>\n",
    "solution": null
   }
  ]
 },
 {
  "slug": "strategies",
  "number": 10,
  "title": "Strategies and restart intensity",
  "summary": "One for all, rest for one, and what a supervisor does when restarts pile up.",
  "introHtml": "<p><code>:one_for_one</code> is one of three strategies. With <code>:one_for_all</code>, when any child dies the\nsupervisor stops all the others and starts every child again: for children that make no sense\nwithout each other. With <code>:rest_for_one</code>, it restarts the dead child and the children started\nafter it, which depend on it; those started before are left alone.</p>\n",
  "steps": [
   {
    "number": 1,
    "title": "One for all",
    "html": "<p>Three workers, <code>:a</code>, <code>:b</code> and <code>:c</code>, under <code>:one_for_all</code>. Kill <code>:b</code>: all three get new pids.</p>\n",
    "starter": "defmodule Worker do\n  use GenServer\n\n  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)\n\n  @impl true\n  def init(name), do: {:ok, name}\nend\n\ndefmodule Trio do\n  def start_link(strategy, opts \\\\ []) do\n    children =\n      for name <- [:a, :b, :c] do\n        Supervisor.child_spec({Worker, name}, id: name)\n      end\n\n    Supervisor.start_link(children, [strategy: strategy, name: Trio] ++ opts)\n  end\nend\n",
    "commands": [
     "{:ok, trio} = Trio.start_link(:one_for_all)",
     "Supervisor.which_children(trio)",
     "Process.exit(Process.whereis(:b), :kill)",
     "Supervisor.which_children(trio)"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "label": "b",
       "reason": ":killed"
      },
      "label": ":b was killed"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^:[abc]$",
       "count": "3"
      },
      "label": "All three children, :a, :b and :c, were restarted"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 2,
    "title": "Rest for one",
    "html": "<p>Stop the trio and start it again with <code>:rest_for_one</code>. Kill <code>:b</code>: <code>:b</code> and <code>:c</code> restart,\n<code>:a</code> keeps its pid.</p>\n",
    "starter": null,
    "commands": [
     "Supervisor.stop(trio)",
     "{:ok, trio} = Trio.start_link(:rest_for_one)",
     "Process.exit(Process.whereis(:b), :kill)",
     "Supervisor.which_children(trio)"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "kind": "supervisor",
       "reason": ":normal"
      },
      "label": "The first trio stopped"
     },
     {
      "kind": "restart",
      "params": {
       "child": "^:[bc]$",
       "count": "2"
      },
      "label": ":b and :c were restarted"
     }
    ],
    "hint": null,
    "solution": null
   },
   {
    "number": 3,
    "title": "Restart intensity",
    "html": "<p>A supervisor allows <code>max_restarts</code> restarts within <code>max_seconds</code> (3 in 5 by default). One\nmore, and it gives up: it stops its children and exits with <code>:shutdown</code>. The shell is linked\nto it, so the shell goes too.</p>\n",
    "starter": null,
    "commands": [
     "Supervisor.stop(trio)",
     "{:ok, trio} = Trio.start_link(:one_for_one, max_restarts: 1, max_seconds: 5)",
     "Process.exit(Process.whereis(:a), :kill)",
     "Process.exit(Process.whereis(:a), :kill)"
    ],
    "checks": [
     {
      "kind": "exit",
      "params": {
       "kind": "supervisor",
       "reason": ":shutdown"
      },
      "label": "The supervisor gave up with :shutdown"
     },
     {
      "kind": "shell-restarted",
      "params": {},
      "label": "The linked shell died, and a new one started"
     }
    ],
    "hint": null,
    "solution": null
   }
  ]
 }
];
