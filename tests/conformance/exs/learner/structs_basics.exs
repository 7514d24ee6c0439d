# Structs: defaults, update syntax, matching and what inspect shows.
defmodule User do
  defstruct name: "anonymous", age: 0, roles: []

  def adult?(%User{age: age}), do: age >= 18
  def promote(%User{roles: roles} = user, role), do: %{user | roles: [role | roles]}
end

u = %User{name: "Ada", age: 36}
IO.inspect(u)
IO.inspect(%User{})
IO.inspect(User.adult?(u))
u2 = User.promote(u, :admin)
IO.inspect(u2)
IO.inspect(u2.roles)
%User{name: name} = u2
IO.puts(name)
IO.inspect(Map.from_struct(u))
IO.inspect(Map.keys(u))
IO.inspect(is_map(u))
IO.inspect(u.__struct__)
IO.inspect(struct(User, name: "Bob"))
IO.inspect(struct!(User, age: 5))
IO.inspect(%{u | age: 37})
IO.inspect(Map.put(u, :age, 40))
IO.inspect(match?(%User{}, u))
IO.inspect(match?(%User{}, %{name: "x"}))
users = [%User{name: "b", age: 20}, %User{name: "a", age: 10}]
IO.inspect(Enum.sort_by(users, & &1.age))
IO.inspect(Enum.map(users, & &1.name))
%{u | nickname: "x"}
