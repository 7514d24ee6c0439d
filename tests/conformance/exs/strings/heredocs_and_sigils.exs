text = """
  first line
    indented
  last
  """
IO.write(text)
IO.inspect(~s(sigil with "quotes"))
IO.inspect(~S(no #{interp} \n here))
IO.inspect(~w(alpha beta gamma))
IO.inspect(~w(alpha beta)a)
IO.inspect(~c(chars))
IO.inspect(~r/ab+c/ |> Regex.match?("xabbbcx"))
