# return at module level (compiler error): "'return' outside function".
return 1
