# An assignment expression inside a comprehension in a class body: "assignment expression within a comprehension cannot be used in a class body".
class C:
    values = [(last := i) for i in range(3)]
