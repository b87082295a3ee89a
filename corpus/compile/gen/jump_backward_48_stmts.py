# while-body of 48+1 statements: JUMP_BACKWARD distance 254 fits in one byte.
def f(n):
    x = 0
    while n:
        n -= 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
        x += 1
    return x
print(f(3))
