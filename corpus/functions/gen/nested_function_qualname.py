# Errors of nested functions use the full __qualname__ with <locals>.
def outer():
    def inner(a):
        return a
    return inner
class K:
    class N:
        def m(self, a):
            return a
calls = [
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: K.N().m(),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
