# A class without __init__/__new__ called with arguments: 'C() takes no arguments'.
class C:
    pass
class D(C):
    pass
calls = [
    lambda: C(1),
    lambda: D(a=1),
    lambda: type(C()),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
