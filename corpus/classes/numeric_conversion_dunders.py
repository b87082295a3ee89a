# int(), float(), complex(), round() call __int__/__index__, __float__, __complex__, __round__.
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, ndigits=None):
        return f"round({ndigits})"

n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))

class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "7"
class BadFloat:
    def __float__(self):
        return 7
for fn, obj in ((int, BadInt()), (float, BadFloat()), (int, object()), (float, object()), (round, object())):
    try:
        fn(obj)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

class IntSub(int):
    pass
r = int(IntSub(5))
print(r, type(r).__name__, type(float(IntSub(5))).__name__)
