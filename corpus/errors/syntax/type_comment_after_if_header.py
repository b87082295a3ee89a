# A type comment after an if header: runs, but "-m ast" fails with "invalid syntax".
if True:  # type: int
    print("yes")
