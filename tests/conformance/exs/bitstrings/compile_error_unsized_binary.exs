# A binary segment without a size can only come last in a pattern.
<<head::binary, 0>> = <<1, 2, 0>>
IO.inspect(head)
