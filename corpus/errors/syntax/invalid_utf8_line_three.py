# Invalid UTF-8 on line 3 without a cookie: tokenize replaces it silently, compiling fails.
# (line 2)
x = 'ÿ'
