# Raising inside an except or finally block sets __context__ automatically, even through calls.
def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()

try:
    work()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

def chain3():
    try:
        try:
            raise KeyError("one")
        except KeyError:
            raise IndexError("two")
    except IndexError:
        raise TypeError("three")

try:
    chain3()
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("re-raising the handled exception adds no self-context:", e.__context__)
