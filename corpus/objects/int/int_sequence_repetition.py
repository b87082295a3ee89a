# int * sequence repetition: negative counts give empty, huge counts overflow, non-int counts fail.
print(3 * 'ab', 'ab' * 0, 'ab' * -2, [0] * 3, 2 * (1, 2), b'x' * 4, True * 'ab', [1] * False)
for expr in ["'a' * 2**63", "[1] * 2**63", "'a' * 1.5", "'a' * 'b'", "[1] * None", "(1,) * 1j"]:
    try:
        eval(expr)
    except (OverflowError, TypeError, MemoryError) as e:
        print(expr, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print('xy' * Idx(), Idx() * [7])
