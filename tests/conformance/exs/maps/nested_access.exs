data = %{user: %{name: "Ann", langs: ["elixir"], address: %{city: "Porto"}}}
IO.inspect(get_in(data, [:user, :address, :city]))
IO.inspect(put_in(data, [:user, :name], "Bob"))
IO.inspect(update_in(data, [:user, :langs], &["erlang" | &1]))
IO.inspect(put_in(data.user.address.city, "Lisbon"))
IO.inspect(data.user.name)
IO.inspect(data[:user][:address][:city])
IO.inspect(get_and_update_in(data, [:user, :name], &{&1, String.upcase(&1)}))
IO.inspect(pop_in(data, [:user, :address]))
