# dbg/1 (new in 1.14) prints the code, its value and, in a pipeline, each step.
x = 5
dbg(x * 2)
[1, 2, 3]
|> Enum.map(&(&1 * 10))
|> Enum.sum()
|> dbg()
dbg(%{a: 1, b: [1, 2]})
result = dbg(String.upcase("hi"))
IO.inspect(result)

defmodule Pipeline do
  def run(list) do
    list
    |> Enum.filter(&(&1 > 1))
    |> Enum.map(fn x -> {x, String.duplicate("item", x)} end)
    |> Map.new()
    |> dbg()
  end
end

Pipeline.run([1, 2, 3, 4, 5])
dbg(Enum.to_list(1..40), limit: 5)
