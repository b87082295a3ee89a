# A type comment after a return statement: runs, but "-m ast" fails with "invalid syntax".
def f():
    return 1  # type: int
print(f())
