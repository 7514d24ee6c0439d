data = %{
  users: [
    %{name: "Ann", email: "ann@example.com", roles: [:admin, :dev], active: true},
    %{name: "Bob", email: "bob@example.com", roles: [:dev], active: false}
  ],
  meta: {:page, 1, :of, 10, [next: "/users?page=2", prev: nil]}
}
IO.inspect(data)
IO.inspect({:a_long_tuple_element, :another_long_tuple_element, :yet_another_one, [1, 2, 3]})
IO.inspect([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17, 18, 19, 20], [21, 22, 23]])
