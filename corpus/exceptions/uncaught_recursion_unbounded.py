# Unbounded recursion left uncaught: RecursionError with "[Previous line repeated N more times]".
def countdown(n):
    return countdown(n - 1)

print("recursing")
countdown(10)
