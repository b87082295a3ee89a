# A call spread over several lines: each argument keeps its own line and CALL returns to the first line.
def f(a, b, c):
    return a + b + c
x = f(
    1,
    2
    +
    3,
    f(4,
      5,
      6),
)
print(x)
