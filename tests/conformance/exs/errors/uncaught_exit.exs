IO.puts("exiting")
exit(:goodbye)
