# SEMI ';' separating simple statements, including a trailing semicolon and in a one-line block.
a = 1; b = 2; c = a + b;
if c: print(a); print(b); print(c);
for i in range(2): x = i; print(x)
