opts = [name: "a fairly long name value", timeout: 5000, strategy: :one_for_one, max_restarts: 3, max_seconds: 5]
IO.inspect(opts)
IO.inspect([children: [worker: :a, worker: :b], opts: opts])
