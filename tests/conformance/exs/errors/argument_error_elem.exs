index = Function.identity(5)
elem({1, 2}, index)
