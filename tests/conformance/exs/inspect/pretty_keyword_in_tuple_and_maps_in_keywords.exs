IO.inspect({:supervisor, [strategy: :one_for_one, max_restarts: 3, max_seconds: 5, name: MySupervisor]})
IO.inspect([config: %{host: "localhost", port: 4000, ssl: false, pool_size: 10, timeout: 15_000}])
IO.inspect(%{[1, 2] => {:a, :b}, {:tuple, :key} => %{inner: [x: 1]}, "str" => :atom_value, 42 => 4.2})
