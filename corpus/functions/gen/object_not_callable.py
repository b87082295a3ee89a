# Calling a non-callable: "'int' object is not callable".
x = 5
n = None
s = 'str'
class C:
    pass
calls = [
    lambda: x(),
    lambda: n(1),
    lambda: s(key=1),
    lambda: C()(),
    lambda: [1][0](),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
