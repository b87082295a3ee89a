# NameError / UnboundLocalError messages for globals, locals, free variables and deleted names.
def use_before_assign():
    print(x)
    x = 1

def free_unbound():
    def inner():
        return y
    result = inner
    try:
        return inner()
    finally:
        y = 2

def deleted():
    z = 1
    del z
    return z

x = "global"
for fn in (lambda: undefined_thing, use_before_assign, free_unbound, deleted):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, "|", e)
print(issubclass(UnboundLocalError, NameError), NameError("m").name)
