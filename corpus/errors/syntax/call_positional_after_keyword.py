# A positional argument after a keyword argument: "positional argument follows keyword argument".
f(a=1, 2)
