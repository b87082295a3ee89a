# A type comment inside a bracketed expression: runs, but "-m ast" fails with "invalid syntax".
y = (1,  # type: int
     2)
print(y)
