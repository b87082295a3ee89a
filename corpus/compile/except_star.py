# except* compiles with CHECK_EG_MATCH and CALL_INTRINSIC_2 PREP_RERAISE_STAR.
def f(eg):
    seen = []
    try:
        raise eg
    except* ValueError as g:
        seen.append(("V", [str(x) for x in g.exceptions]))
    except* TypeError:
        seen.append(("T",))
    return seen
print(f(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")])))
try:
    f(ExceptionGroup("g", [KeyError("k"), ValueError("v")]))
except ExceptionGroup as e:
    print("rest", repr(e))
