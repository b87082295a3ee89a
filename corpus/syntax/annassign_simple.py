# Annotated assignment with and without a value; module-level annotations are stored in __annotations__.
x: int = 1
y: "forward ref"
z: list[int] = []
print(x, z, __annotations__)
print("y" in globals())
