# Each execution of a def creates a new function object; its code object is shared.
def outer():
    def inner():
        return 1
    return inner
a = outer()
b = outer()
print(a is b, a.__code__ is b.__code__, a == b)
fs = []
for i in range(2):
    def g():
        return i
    fs.append(g)
print(fs[0] is fs[1], fs[0].__code__ is fs[1].__code__, [f() for f in fs])
