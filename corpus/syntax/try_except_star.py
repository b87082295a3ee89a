# except* splits an ExceptionGroup by type; unmatched parts propagate.
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
try:
    f()
except* ValueError as eg:
    print("values:", [e.args for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [e.args for e in eg.exceptions])
try:
    try:
        f()
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("left:", [e.args for e in rest.exceptions])
