Keyword.fetch!([a: 1], :zz)
