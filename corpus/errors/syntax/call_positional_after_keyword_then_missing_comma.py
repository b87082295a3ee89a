# A positional argument after a keyword argument, with a missing comma later in the call:
# the missing comma is reported first.
f(b=1, x, d e)
