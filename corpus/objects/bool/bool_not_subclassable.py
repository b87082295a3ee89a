# bool cannot be subclassed, takes no keyword arguments, and bool() accepts at most one argument.
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
for call in (lambda: bool(x=1), lambda: bool(1, 2), lambda: bool.__new__(int, 1)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(bool.__new__(bool), bool.__new__(bool, [1]), bool.__base__.__name__, bool.__mro__[1].__name__, bool.__name__, type(True) is bool)
print(bool.__flags__ & (1 << 10) == 0)
