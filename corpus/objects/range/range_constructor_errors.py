# range() argument validation: zero step, non-integer arguments (floats, strs), __index__ objects and arity.
class I:
    def __index__(self):
        return 4
print(range(I()), range(True, 5), range(-2**70, -2**70 + 3), list(range(I(), 10, I())))
for args in [(1, 2, 0), (1.0,), (1, 2.5), ('3',), (None,), (), (1, 2, 3, 4)]:
    try:
        print(range(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(type(e).__name__, e)
