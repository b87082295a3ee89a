# Two missing commas in a row: the second expression is parsed without the error rules,
# so 'Perhaps you forgot a comma?' spans the first pair.
f(x forin t)
