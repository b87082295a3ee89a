# The first iterable is evaluated in the enclosing scope; loop variables do not leak; class-body scoping.
x = "outer"
print([x for x in "ab"], x)
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        bad = [v * len(values) for v in values]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
