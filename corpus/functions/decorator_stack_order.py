# Stacked decorators: the expressions evaluate top to bottom, the application happens bottom to top.
def mark(tag):
    print("evaluate", tag)
    def deco(fn):
        print("apply", tag)
        def w():
            return tag + "(" + fn() + ")"
        return w
    return deco
@mark("a")
@mark("b")
@mark("c")
def f():
    return "f"
print(f())
