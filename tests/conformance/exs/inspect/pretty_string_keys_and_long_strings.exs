IO.inspect(%{"name" => "a rather long string value that goes on", "description" => String.duplicate("word ", 20)})
IO.inspect([String.duplicate("x", 90), "short"])
IO.inspect({:ok, String.duplicate("y", 85)})
