# The first matching except clause wins; tuples match any member; subclasses match base handlers.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "other " + type(e).__name__

for exc in (KeyError("k"), IndexError, LookupError(), ZeroDivisionError(), OverflowError(),
            UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError()):
    print(classify(exc))

handlers = (TypeError, ValueError)
try:
    int(None)
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
