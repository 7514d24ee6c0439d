defmodule Address do
  defstruct street: "", city: ""
end

defmodule Person do
  defstruct name: "", address: nil, tags: []
end

defmodule Main do
  def run do
    p = %Person{name: "Ann", address: %Address{street: "Main St 1", city: "Porto"}, tags: [:admin, :owner, :reviewer, :maintainer]}
    IO.inspect(p)
    IO.inspect([p, p])
  end
end

Main.run()
