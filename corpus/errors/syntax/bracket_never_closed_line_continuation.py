# A bracket left open, then a stray backslash on a later line: the line-continuation error is
# not raised by the tokenizer, so the unclosed bracket is reported.
f(a,
  with x\y(z):
    pass
