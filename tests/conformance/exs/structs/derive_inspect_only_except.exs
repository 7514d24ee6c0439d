defmodule User do
  @derive {Inspect, only: [:name, :age]}
  defstruct [:name, :age, :password]
end
defmodule Acct do
  @derive {Inspect, except: [:token]}
  defstruct id: 1, token: "s3cret"
end
defmodule All do
  @derive {Inspect, only: [:a, :b]}
  defstruct a: 1, b: 2
end
defmodule Main do
  def run do
    IO.inspect(%User{name: "Ann", age: 3, password: "x"})
    IO.inspect([%Acct{}])
    IO.inspect(%All{})
    IO.puts(inspect(%{u: %User{}}))
  end
end
Main.run()
defmodule Secret do
  @derive {Inspect, only: []}
  defstruct key: 1
  def show, do: IO.inspect(%Secret{})
end
Secret.show()
