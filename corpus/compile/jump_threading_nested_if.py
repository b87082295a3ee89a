# Jumps to unconditional jumps are retargeted (jump threading): nested if/else ends jump straight to the exit.
def f(a, b):
    if a:
        if b:
            r = 1
        else:
            r = 2
    else:
        r = 3
    return r
print(f(1, 1), f(1, 0), f(0, 1))
