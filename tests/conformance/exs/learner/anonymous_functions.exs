# Anonymous functions, captures and closures.
add = fn a, b -> a + b end
IO.inspect(add.(1, 2))
double = &(&1 * 2)
IO.inspect(double.(21))
upcase = &String.upcase/1
IO.inspect(upcase.("hi"))
IO.inspect(Enum.map([1, 2, 3], &to_string/1))
multiplier = fn factor -> fn x -> x * factor end end
triple = multiplier.(3)
IO.inspect(triple.(5))
IO.inspect(is_function(add), label: "is_function")
IO.inspect(is_function(add, 2))
IO.inspect(Function.info(add, :arity))
counter = fn
  {:inc, n} -> n + 1
  {:dec, n} -> n - 1
end
IO.inspect({counter.({:inc, 1}), counter.({:dec, 1})})
IO.inspect(apply(add, [3, 4]))
IO.inspect(apply(Enum, :reverse, [[1, 2, 3]]))
compose = fn f, g -> fn x -> g.(f.(x)) end end
IO.inspect(compose.(&(&1 + 1), &(&1 * 10)).(1))
IO.inspect((&{&1, &2}).(:a, :b))
IO.inspect((&[&1 | &2]).(1, [2]))
x = 10
f = fn -> x end
x = 20
IO.inspect({f.(), x})
IO.inspect(Enum.map([{1, 2}, {3, 4}], fn {a, b} -> a * b end))
IO.inspect(&Enum.map/2)
add.(1)
