# Re-raising an outer exception from a nested handler sets __context__ without creating a cycle.
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
    print("B's context:", repr(e.__context__.__context__))

def nested():
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise IndexError("second")
        except IndexError as second:
            second.__context__ = None
            raise first
try:
    nested()
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
