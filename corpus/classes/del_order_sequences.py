# The order in which a dying list or tuple releases its items, seen through __del__:
# CPython goes from the last item to the first (list_dealloc, tupledealloc, _list_clear,
# list_ass_slice), but an extended-slice deletion releases in index order.

class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


print("list dies")
x = [D(1), D(2), D(3)]
del x
print("list display discarded")
[D(4), D(5)]
print("tuple dies")
x = (D(1), D(2), D(3))
x = None
print("nested")
x = [(D(1), D(2)), [D(3), D(4)]]
x = None
print("del x[1:3]")
x = [D(1), D(2), D(3), D(4)]
del x[1:3]
print("x[0:2] = [D(9)]")
x[0:2] = [D(9)]
print("del x[::2]")
x = [D(1), D(2), D(3), D(4), D(5)]
del x[::2]
print("x[::-1] = ...")
x[::-1] = [D(6), D(7)]
print("x *= 0")
x = [D(1), D(2), D(3)]
x *= 0
print("list.clear")
x = [D(1), D(2), D(3)]
x.clear()
print("x[:] = []")
x = [D(1), D(2), D(3)]
x[:] = []
print("closure cells and defaults")


def make():
    a = D(1)
    b = D(2)

    def f(p=D(3), q=D(4)):
        return a, b

    return f


f = make()
del f
print("exception args")
e = Exception(D(1), D(2))
del e
print("done")
