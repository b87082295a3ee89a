# The class body runs top to bottom as code; its local names become the class __dict__ in order.
trace = []

class A:
    trace.append("start")
    x = 1
    y = x + 1
    def f(self):
        return "f"
    trace.append("end")
    z = [x, y]
    del y

print(trace)
print([k for k in A.__dict__ if not k.startswith("__")])
print(A.x, A.z, hasattr(A, "y"))
print(A.__dict__["f"].__name__, A().f())

class B:
    for i in range(3):
        pass
    names = [n for n in ("a", "b")]

print(B.i, B.names, "n" in B.__dict__)
