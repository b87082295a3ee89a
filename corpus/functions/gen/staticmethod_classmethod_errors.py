# Argument errors for staticmethod and classmethod calls (cls is counted, self is not).
class C:
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
calls = [
    lambda: C.s(),
    lambda: C().s(1, 2),
    lambda: C.c(),
    lambda: C.c(1, 2),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
