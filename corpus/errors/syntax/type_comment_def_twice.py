# Signature type comments both on the def line and the next line: runs, but "-m ast" fails with "Cannot have two type comments on def".
def f():  # type: () -> None
    # type: () -> None
    pass
print(f())
