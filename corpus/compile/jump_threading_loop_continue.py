# An if/else at the end of a loop body jumps directly back to the loop head instead of through a JUMP.
def f(xs):
    total = 0
    for x in xs:
        if x % 2:
            total += x
        else:
            total -= 1
    return total
print(f(range(10)))
