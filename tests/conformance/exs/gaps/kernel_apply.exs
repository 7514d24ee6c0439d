# Kernel's operators and guards are functions of the Kernel module at run time.
IO.inspect(:erlang.apply(fn a, b -> a * b end, [6, 7]), label: ":erlang.apply/2")
IO.inspect(:erlang.apply(Enum, :sum, [[1, 2, 3]]), label: ":erlang.apply/3")
IO.inspect(apply(Kernel, :+, [1, 2]), label: "apply Kernel.+")
IO.inspect(apply(Kernel, :is_atom, [:a]), label: "apply Kernel.is_atom")
IO.inspect(apply(Kernel, :length, [[1, 2]]), label: "apply Kernel.length")
IO.inspect(apply(:erlang, :+, [1, 2]), label: "apply :erlang.+")
plus = &Kernel.+/2
IO.inspect(plus.(1, 2), label: "&Kernel.+/2")
IO.inspect(plus, label: "inspect &Kernel.+/2")
IO.inspect(Kernel.+(1, 2), label: "Kernel.+(1, 2)")
IO.inspect(Kernel.-(5), label: "Kernel.-(5)")
IO.inspect(Kernel.<>("a", "b"), label: "Kernel.<>")
IO.inspect(Kernel.==(1, 1.0), label: "Kernel.==")
IO.inspect(Kernel.!==(1, 1.0), label: "Kernel.!==")
isa = &Kernel.is_atom/1
IO.inspect(isa.(:x), label: "&Kernel.is_atom/1")
IO.inspect(Enum.map([1, :a, "s"], &Kernel.is_atom/1), label: "map is_atom")
IO.inspect(Enum.reduce([1, 2, 3], &Kernel.+/2), label: "reduce +")
IO.inspect(Enum.reduce([1, 2, 3], &+/2), label: "reduce &+/2")
cap = Function.capture(Kernel, :+, 2)
IO.inspect(cap.(3, 4), label: "Function.capture")
IO.inspect(cap, label: "inspect capture")
IO.inspect(Function.info(cap, :module), label: "info module")
IO.inspect(Function.info(cap, :name), label: "info name")
IO.inspect(function_exported?(Kernel, :+, 2), label: "exported +/2")
IO.inspect(function_exported?(Kernel, :is_atom, 1), label: "exported is_atom/1")
IO.inspect(Kernel.max(1, 2), label: "Kernel.max")
IO.inspect(apply(Kernel, :elem, [{1, 2}, 0]), label: "apply elem")
IO.inspect(apply(Kernel, :div, [7, 2]), label: "apply div")
IO.inspect(apply(Kernel, :not, [true]), label: "apply not")
IO.inspect(Kernel.is_map_key(%{a: 1}, :a), label: "is_map_key")
try do
  apply(Kernel, :+, [1, :a])
rescue
  e -> IO.inspect(e, label: "rescued")
end
try do
  :erlang.apply(Kernel, :nope, [])
rescue
  e -> IO.puts(Exception.message(e))
end
