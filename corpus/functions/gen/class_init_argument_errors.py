# __init__ errors name the method as 'C.__init__()'.
class C:
    def __init__(self, x, *, y=0):
        self.x = x
calls = [
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1, z=3),
    lambda: C(1, y=2).x,
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
