# Mutating an enclosing object (list append, dict item) needs no nonlocal; rebinding the name does.
def outer():
    items = []
    state = {"n": 0}
    def add(x):
        items.append(x)
        state["n"] += 1
    def rebind():
        items = ["new local"]
        return items
    add(1)
    add(2)
    return items, state, rebind(), items
print(outer())
