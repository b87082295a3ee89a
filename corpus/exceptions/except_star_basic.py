# except* splits an ExceptionGroup: each clause handles its matching subgroup once.
try:
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("ValueError group:", repr(eg))
except* (TypeError, KeyError) as eg:
    print("Type/Key group:", repr(eg), [type(x).__name__ for x in eg.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg), type(eg).__name__)

try:
    try:
        raise ExceptionGroup("mixed", [ValueError("handled"), OSError("escapes")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))

try:
    raise ExceptionGroup("none match", [KeyError()])
except* ValueError:
    print("not printed")
except* LookupError as eg:
    print("LookupError clause got", repr(eg))
