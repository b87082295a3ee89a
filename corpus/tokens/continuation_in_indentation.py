# A backslash continuation line inside an indented block: the continued line's indentation is ignored.
if True:
    x = 1
\
    y = 2
    print(x, y)
if True:
  \
  z = 3
  print(z)
