# A class body reads names from its own namespace first, then globals: rebinding mid-body switches the source.
x = "global"
class C:
    before = x
    x = "class"
    after = x
    del x
    again = x
print(C.before, C.after, C.again, hasattr(C, "x"))
