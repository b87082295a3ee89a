# Function signature type comments on the def line and on the first line of the body.
def f(a, b):  # type: (int, str) -> str
    return str(a) + b
def g(a):
    # type: (int) -> int
    return a * 2
async def h():  # type: () -> None
    pass
print(f(1, "x"), g(2), f.__annotations__)
