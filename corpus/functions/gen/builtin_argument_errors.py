# Argument errors of a few builtins (their messages differ from Python functions).
calls = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: len(obj=1),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
