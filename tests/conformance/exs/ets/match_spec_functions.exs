# Which functions a table's match specification may call, and what the compiler says of the
# tracing forms it may not.
for {f, args} <- [{:is_function, [:"$1", 0]}, {:is_function, [:"$1"]}, {:bit_size, ["ab"]}, {:map_size, [%{}]}, {:get_tcw, []}, {:caller, []}, {:message, [1]}, {:display, [1]}, {:return_trace, []}, {:is_seq_trace, []}, {:node, [:"$1"]}, {:binary_part, ["abc", {0, 1}]}, {:size, ["abc"]}, {:band, [1, 3]}, {:bsl, [1, 3]}, {:is_record, [:"$1", :a]}, {:tuple_size, [{1}]}, {:is_list, [[]]}, {:andalso, [true]}, {:or, [true]}, {:not, [false]}, {:-, [3]}, {:+, [3]}, {:float, [1]}, {:element, [1, {:x}]}, {:ceil, [1.5]}, {:floor, [1.5]}, {:is_port, [1]}, {:trunc, [2.7]}, {:enable_trace, [:x]}, {:set_seq_token, [:label, 1]}, {:get_seq_token, []}, {:process_dump, []}, {:silent, [true]}, {:trace, [[], []]}, {:exception_trace, []}] do
  IO.inspect({f, length(args), :ets.test_ms({1}, [{{:"$1"}, [], [List.to_tuple([f | args])]}])})
end
