# Catching or raising non-exception classes is a TypeError (raised when the clause is evaluated).
try:
    try:
        raise ValueError("real")
    except int:
        print("never")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

for bad in (5, "str", int, None):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        1 / 0
    except (ZeroDivisionError, "not a class"):
        print("tuple with a match first still works")
except TypeError as e:
    print(type(e).__name__, e)
print("no exception: handler expressions never evaluated")
try:
    pass
except undefined_name:
    pass
