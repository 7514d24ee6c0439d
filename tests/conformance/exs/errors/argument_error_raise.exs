raise ArgumentError, "you passed a bad thing"
