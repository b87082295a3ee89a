# Stacked decorators apply bottom-up; decorators with arguments; decorated classes.
def tag(label):
    def deco(f):
        def wrapped(*a):
            return label + "(" + str(f(*a)) + ")"
        return wrapped
    return deco
def twice(f):
    return lambda *a: f(*a) * 2
@tag("outer")
@tag("inner")
@twice
def val(x):
    return x
print(val(3))
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class K: pass
print(K.added)
