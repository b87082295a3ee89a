# and/or as values keep the deciding operand: COPY 1; TO_BOOL; POP_JUMP_IF_*; POP_TOP.
def f(a, b, c):
    return a and b, a or b, a and b or c, (a or b) and c, not a
for args in ((0, 2, 3), (1, "", 3), ([], None, "c")):
    print(f(*args))
