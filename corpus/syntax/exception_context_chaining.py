# Raising inside except sets __context__ implicitly; "from" sets __cause__ explicitly.
try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)
