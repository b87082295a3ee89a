# A type comment after an augmented assignment: runs, but "-m ast" fails with "invalid syntax".
x = 0
x += 1  # type: int
print(x)
