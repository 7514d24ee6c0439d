%{name: name} = %{name: "Eve", age: 30}
IO.puts(name)
case %{status: :ok, data: [1, 2]} do
  %{status: :error} -> IO.puts("error")
  %{status: :ok, data: [first | _]} -> IO.puts("first is #{first}")
end
key = :age
%{^key => age} = %{age: 31}
IO.inspect(age)
IO.inspect(match?(%{}, %{a: 1}))
IO.inspect(match?(%{a: _}, %{b: 1}))
