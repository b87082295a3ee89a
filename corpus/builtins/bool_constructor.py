# bool() of every kind of value; bool is an int subclass and cannot itself be subclassed.
for v in (0, 1, -1, 0.0, -0.0, float("nan"), 0j, "", " ", "False", b"", [], [0], (), {}, set(),
          range(0), None, ..., int, len):
    print(f"{v!r:25} {bool(v)}")
print(bool(object()), bool(iter([])), bool(x for x in ()))
print(bool(), True + True, True * 3, isinstance(True, int), True == 1, hash(True) == hash(1))
print(str(True), repr(False), int(True), float(False), True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + False).__name__, -True)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
