# f(*x) with a non-iterable x: 'argument after * must be an iterable, not int'.
def f(*a):
    return a
class C:
    def m(self, *a):
        return a
calls = [
    lambda: f(*1),
    lambda: f(*None),
    lambda: C().m(*3.5),
    lambda: f(*'ok'),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
