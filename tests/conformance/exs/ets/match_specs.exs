# Match specifications on their own: test_ms/2 runs one on a term or lists what the compiler
# finds wrong with it; match_spec_compile/1 and match_spec_run/2 run one over a list.
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [{:>, :"$2", 0}], [:"$1"]}]), label: "matches")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [{:<, :"$2", 0}], [:"$1"]}]), label: "guard false")
IO.inspect(:ets.test_ms({:a, 1, 2}, [{{:"$1", :"$2"}, [], [:"$1"]}]), label: "head does not match")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [:"$3"]}]), label: "unbound variable")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [{:foo, :"$1"}], [:"$1"]}]), label: "unknown function")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{:tuple_size, :"$1"}]}]), label: "not a match spec function")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{:element, 1}]}]), label: "wrong arity")
IO.inspect(:ets.test_ms({:a, 1}, :bad), label: "not a list")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], []}]), label: "empty body")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{:hd, :"$1"}]}]), label: "body raises")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{:"$1"}]}]), label: "a tuple not written {{...}}")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{"x", 1}]}]), label: "a tuple not a call")
IO.inspect(:ets.test_ms({:a, 1}, [:x]), label: "a clause that is not a 3-tuple")
IO.inspect(:ets.test_ms({:a, 1}, [{:a, :b, :c}]), label: "guards and body not lists")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [:"$3", :"$4"]}]), label: "two unbound variables")
IO.inspect(:ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [{{:"$1", :"$_", :"$$"}}]}]), label: "$_ and $$")

c = :ets.match_spec_compile([{{:"$1", :"$2"}, [{:is_integer, :"$2"}], [{{:"$2", :"$1"}}]}])
IO.inspect(is_reference(c), label: "compiled is a reference")
IO.inspect(:ets.is_compiled_ms(c), label: "is_compiled_ms")
IO.inspect(:ets.is_compiled_ms([{:_, [], [true]}]), label: "is_compiled_ms of a plain spec")
IO.inspect(:ets.match_spec_run([{:a, 1}, {:b, :x}, :c, {:d, 4}], c), label: "match_spec_run")

try do
  :ets.match_spec_compile([{:_, [], []}])
rescue
  e -> IO.puts("match_spec_compile: " <> Exception.message(e))
end
