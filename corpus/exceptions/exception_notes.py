# add_note appends to __notes__ (created on first use); notes must be str.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        inner.add_note("added while handling")
        raise
except KeyError as outer:
    print(outer.__notes__, str(outer))
del e.__notes__
print(hasattr(e, "__notes__"))
