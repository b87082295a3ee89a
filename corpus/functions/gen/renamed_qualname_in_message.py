# The message uses the function's current __qualname__, not its code object name.
def f(a):
    return a
f.__qualname__ = 'renamed.thing'
def g(a):
    return a
g.__name__ = 'only_name_changed'
calls = [
    lambda: f(),
    lambda: g(),
    lambda: f(1, 2),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
