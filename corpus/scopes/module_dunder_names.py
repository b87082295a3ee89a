# __name__ is '__main__' for the program; a class body's __module__ copies it, functions record it too.
print(__name__)
class C:
    where = __name__
    print("class body __name__:", __name__)
def f():
    return __name__
print(C.__module__, C.where, f(), f.__module__)
