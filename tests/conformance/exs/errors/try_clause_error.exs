try do
  Function.identity(:result)
rescue
  ArgumentError -> :rescued
else
  :other -> :never
end
