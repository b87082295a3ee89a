# Decorators are evaluated before the def and applied bottom-up; co_firstlineno is the first decorator's line.
def deco(tag):
    def wrap(fn):
        fn.tags = getattr(fn, "tags", ()) + (tag,)
        return fn
    return wrap
@deco("outer")
@deco("inner")
def f():
    return 1
@deco("cls")
class C:
    pass
print(f.tags, f.__code__.co_firstlineno, C.tags)
