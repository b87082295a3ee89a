# Operations on a closed StringIO/BytesIO raise ValueError; context managers close them.
import io

for cls, data in ((io.StringIO, "x"), (io.BytesIO, b"x")):
    with cls(data) as f:
        print(cls.__name__, f.read(), f.closed)
    print(f.closed)
    for op in ("read", "getvalue", "tell"):
        try:
            getattr(f, op)()
        except ValueError as e:
            print(" ", op, "ValueError:", e)
    f.close()
    print("second close ok")
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, issubclass(io.UnsupportedOperation, OSError))
