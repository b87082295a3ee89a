# AttributeError messages for instances, classes, modules and builtins, plus .name and .obj.
import sys

class A:
    pass

cases = [
    lambda: A().missing,
    lambda: A.missing,
    lambda: (5).missing,
    lambda: int.missing,
    lambda: sys.missing_thing,
    lambda: None.missing,
    lambda: "s".missing,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e, "|", e.name, type(e.obj).__name__)

try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    "s".upper = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
e = AttributeError("custom")
print(e.name, e.obj)
