# print and friends write to whatever sys.stdout / sys.stderr is at the time of the call.
import sys
import io
import contextlib

buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
print("second", end="!")
print(file=None)
sys.stdout = sys.__stdout__
print("buffer held:", repr(buf.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as f:
    print("inside redirect")
    for i in range(3):
        print(i, end=" ")
print("redirected:", repr(f.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr got:", repr(err.getvalue().splitlines()[0]))


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


err = io.StringIO()
with contextlib.redirect_stderr(err):
    compile("x is 1", "<s>", "exec")
    bad = Bad()
    del bad
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1].split(" at ")[0], lines[2], lines[3].split(", ")[1:], lines[4:])


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
sys.stdout = c
print("a", "b")
sys.stdout = sys.__stdout__
print(c.parts)

sys.stdout = None
print("nothing shown")
sys.stdout = sys.__stdout__


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError:", e)

saved = sys.stdout
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)
del saved

try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError:", e)

sys.stderr = io.StringIO()
sys.stdout = sys.__stdout__
print("done")
raise KeyError("shown on the replaced stderr, so not at all")
