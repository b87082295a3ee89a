# assert compiles to a jump around LOAD_ASSERTION_ERROR / RAISE_VARARGS, with the message evaluated only on failure.
def check(v):
    assert v
    assert v > 1, "v=%s" % (v,)
    return v
for v in (2, 1, 0):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", e.args)
