# A class body inside a function reads the function's locals as free variables, but its own binding wins first.
def f():
    x = "function x"
    y = "function y"
    class C:
        a = x
        y = "class y"
        b = y
        def m(self):
            return x, y
    return C.a, C.b, C().m()
print(f())
