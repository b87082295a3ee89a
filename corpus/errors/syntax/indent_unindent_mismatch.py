# A dedent to a column that matches no outer level: "unindent does not match any outer indentation level".
if True:
    a = 1
  b = 2
