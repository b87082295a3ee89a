# except clauses: a class, a tuple, "as" binding, bare except; the name is unbound after the block.
def run(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except (IndexError, ValueError) as e:
        return "tuple " + type(e).__name__
    except:
        return "bare"
print(run(KeyError), run(ValueError("v")), run(OSError))
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())
