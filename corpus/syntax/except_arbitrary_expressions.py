# The expression after except is evaluated only when an exception reaches it: calls, subscripts, conditionals.
def pick():
    print("pick evaluated")
    return KeyError
table = {"v": ValueError}
for exc in (KeyError, ValueError, IndexError):
    try:
        raise exc("x")
    except pick():
        print("caught by call")
    except table["v"]:
        print("caught by subscript")
    except (TypeError if False else IndexError):
        print("caught by conditional")
