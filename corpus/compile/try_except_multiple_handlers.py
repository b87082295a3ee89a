# Several except clauses, a tuple of types, and a bare except: a chain of CHECK_EXC_MATCH tests ending in RERAISE.
def f(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except:
        return "other"
for exc in (KeyError, IndexError("i"), ValueError, TypeError, StopIteration):
    print(f(exc))
