# :io_lib.format directives in detail, and terms in Erlang's syntax.
f = fn fmt, args -> IO.puts(:io_lib.format(fmt, args)) end
f.("~p", [[:a, :"Quoted.Atom", :"with space", :ok, nil, true, :and, :"e@x"]])
f.("~p", [%{:b => [1, 2], :a => {1, "x"}, "k" => 1.5}])
f.("~w", ["abc"])
f.("~p", ["abc"])
f.("~p", [[1, 2 | 3]])
f.("~p", [[[104, 105], 'x']])
f.("~p ~p ~p", [-12, 2.0e-5, 123456789012345678901234567890])
f.("~p", [<<1, 2, 3>>])
f.("~p", [<<"é"::utf8>>])
f.("~tp", [<<"é"::utf8>>])
f.("~p", [[233, 97]])
f.("~tp", [[1000, 97]])
f.("~ts", ["héllo"])
f.("~s", ['abc'])
f.("~s ~s", [:atom, "bin"])
f.("[~-8s]", ["left"])
f.("[~8s]", ["right"])
f.("[~.3s]", ["truncated"])
f.("[~10.3f]", [3.14159])
f.("[~-10.3f]", [3.14159])
f.("~.1f ~.1f ~f", [0.05, 2.5, 1.0])
f.("~e ~.3e ~e", [0.0001234, 5.0, -1.0e100])
f.("~g ~g ~g", [0.5, 1234567.0, 0.001])
f.("~b ~.2b ~.16b ~.36B", [-255, 5, 255, 1295])
f.("[~*b] [~-5b] [~5.10.xB]", [6, 42, 7, 42])
f.("~c~5c~.3c", [?a, ?b, ?c])
f.("100~~ sure~n", [])
f.("~i~p", [:ignored, :shown])
f.("~w", [{:a, [1, {:b}], %{}}])
f.("~p", [{}])
f.("~p", [[]])
f.("~p", [""])
f.("~p", [{1.0, -0.5, 100.0}])
IO.inspect(:io_lib.format("~p", [:x]))
:io.format("~s and ~w~n", ["io", :format])
:io.format(:standard_error, "to stderr ~p~n", [1])
:io.fwrite("fwrite ~p~n", [2])
for {fmt, args} <- [{"~p", []}, {"~d", [1]}, {"~s", [1]}, {"~b", [1.0]}, {"~f", [1]}, {"x", [1]}] do
  try do
    :io_lib.format(fmt, args)
    IO.puts("no error")
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
for {fmt, a} <- [{"~p", [<<"日本"::utf8>>]}, {"~tp", [<<"日本"::utf8>>]}, {"~p", [<<233>>]}, {"~w", [<<"é"::utf8>>]}, {"~.0f", [2.5]}, {"~.1e", [2.5]}, {"~.2e", [2.5]}, {"~.1g", [2.5]}, {"~.0e", [2.5]}, {"~p", ["é"]}, {"~tp", ["日本"]}, {"~ts", [[1000]]}, {"~s", [[1000]]}, {"~.1f", [0.05]}, {"~.1f", [0.25]}, {"~.0b", [1]}, {"~5c", [?a]},
  {"~w", ["abc"]}, {"~w", [[97]]}, {"~tw", ["abc"]}, {"~p", [<<"a\n">>]}, {"~w", [:"A b"]}, {"~tp", [<<"abc">>]}, {"~tp", [[233]]}, {"~p", [{"x", [1]}]}, {"~g", [0.05]}, {"~g", [9999.0]}, {"~g", [10000.0]}, {"~.2g", [55.5]}, {"~e", [0.0]}, {"~f", [-0.0]}, {"~s", ["é"]}, {"~ts", ["é"]}, {"~e", [1.0e-10]}, {"~.3e", [9.9996]}] do
  try do IO.puts(fmt <> " => " <> inspect(IO.chardata_to_string(:io_lib.format(fmt, a)))) rescue e -> IO.puts(fmt <> " => error " <> Exception.message(e)) end
end
