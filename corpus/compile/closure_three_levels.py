# A variable used two levels down passes through the middle function as a free variable (cell -> free -> free).
def a():
    x = "x"
    def b():
        def c():
            return x
        return c
    return b
print(a()()())
print(a.__code__.co_cellvars, a().__code__.co_freevars, a()().__code__.co_freevars)
print(a().__code__.co_cellvars)
