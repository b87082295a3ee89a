# A multi-line boolean condition: each operand's test jumps carry the operand's own line.
def f(a, b, c):
    if (a
            and b
            or c):
        return "yes"
    return "no"
print(f(1, 1, 0), f(0, 1, 0), f(0, 0, 1))
