# yield at module level (compiler error): "'yield' outside function".
yield 1
