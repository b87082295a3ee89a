# A nested function reads the enclosing variable's value at call time, including bindings made after its def.
def outer():
    def show():
        return status
    status = "first"
    a = show()
    status = "second"
    return a, show()
print(outer())
def recursive():
    def count(n):
        return 0 if n == 0 else 1 + count(n - 1)
    return count(5), count.__code__.co_freevars
print(recursive())
