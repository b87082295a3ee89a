# LOAD_FAST of an unassigned local raises UnboundLocalError; LOAD_GLOBAL miss raises NameError.
def use_before_assign():
    print(value)
    value = 1

def missing_global():
    return not_defined_anywhere

def deleted_local():
    x = 1
    del x
    return x

for fn in (use_before_assign, missing_global, deleted_local):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e)
try:
    undefined_at_module
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)
