# Module annotations: SETUP_ANNOTATIONS first, each annotation stored into __annotations__; bare 'x: int' stores nothing else.
x: int = 5
y: "str"
z: list[int] = [1]
(w): float = 1.5
class A:
    pass
A.attr: int = 3
print(__annotations__)
print(x, z, w, A.attr)
print("y" in globals())
