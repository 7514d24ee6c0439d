IO.inspect(if true, do: :yes, else: :no)
IO.inspect(if nil, do: :yes)
IO.inspect(if 0, do: :zero_is_truthy)
IO.inspect(unless false, do: :ran)
IO.inspect(unless true, do: :ran)
v = if 1 > 2 do
  :bigger
else
  :smaller
end
IO.inspect(v)
IO.inspect(if([], do: :empty_list_truthy, else: :no))
