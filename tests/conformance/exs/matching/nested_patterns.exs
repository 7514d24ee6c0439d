data = {:user, %{name: "Ann", roles: [:admin, :dev]}, [1, {2, 3}]}
{:user, %{name: name, roles: [role | _]}, [_, {_, z}]} = data
IO.inspect({name, role, z})
[[a, b], [c]] = [[1, 2], [3]]
IO.inspect(a + b + c)
{:ok, %{items: [%{id: id} | _]}} = {:ok, %{items: [%{id: 7}, %{id: 8}]}}
IO.inspect(id)
