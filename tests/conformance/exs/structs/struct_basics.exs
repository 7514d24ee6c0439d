defmodule User do
  defstruct name: nil, age: 0, admin: false
end

defmodule Main do
  def run do
    u = %User{name: "Ann"}
    IO.inspect(u)
    IO.inspect(u.name)
    IO.inspect(u.age)
    u2 = %User{u | age: 31}
    IO.inspect(u2)
    IO.inspect(is_map(u))
    IO.inspect(u.__struct__)
    IO.inspect(Map.keys(u))
    IO.inspect(Map.from_struct(u))
    IO.inspect(%User{} == %User{name: nil})
    IO.inspect(struct(User, name: "Bob", bogus: 1))
  end
end

Main.run()
