# with chains happy paths and handles the first mismatch in else.
defmodule Signup do
  def run(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age),
         true <- age >= 18 || {:error, :too_young} do
      {:ok, %{name: name, age: age}}
    else
      {:error, reason} -> {:error, reason}
      :error -> {:error, :not_a_number}
      {_age, rest} -> {:error, {:trailing, rest}}
    end
  end

  defp fetch(params, key) do
    case Map.fetch(params, key) do
      {:ok, value} -> {:ok, value}
      :error -> {:error, {:missing, key}}
    end
  end
end

IO.inspect(Signup.run(%{"name" => "Ada", "age" => "36"}))
IO.inspect(Signup.run(%{"name" => "Ada"}))
IO.inspect(Signup.run(%{"name" => "Ada", "age" => "x"}))
IO.inspect(Signup.run(%{"name" => "Ada", "age" => "36y"}))
IO.inspect(Signup.run(%{"name" => "Kid", "age" => "9"}))

result =
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} <- {:ok, b * 10} do
    c
  end

IO.inspect(result)
IO.inspect(with {:ok, x} <- {:error, 1}, do: x)
IO.inspect(with x when x > 5 <- 3, do: x)

with {:ok, x} <- {:error, :boom} do
  x
else
  {:ok, _} -> :never
end
