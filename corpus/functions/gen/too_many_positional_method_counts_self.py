# For a bound method the counts include self.
class C:
    def m(self):
        return 0
    def n(self, a, b=0):
        return a
calls = [
    lambda: C().m(1),
    lambda: C().n(1, 2, 3),
    lambda: C.m(C(), 1),
    lambda: C.m(),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
