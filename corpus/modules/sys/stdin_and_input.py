# sys.stdin and input(): with standard input at its end (the goldens run with an empty stdin),
# and with sys.stdin / sys.stdout replaced by objects that have readline / write.
import io
import sys
print(sys.stdin, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.read(5)), sys.stdin.readlines(), list(sys.stdin))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
for call in (lambda: sys.stdout.read(), lambda: sys.stdin.write("x"), lambda: input(1, 2), lambda: input(prompt="x")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
sys.stdin = io.StringIO("first\nsecond\nno newline")
print(input(), input("> "), input(42))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
out, saved = Out(), sys.stdout
sys.stdin = io.StringIO("answer\n")
sys.stdout = out
got = input("q? ")
sys.stdout = saved
print(got, out.parts)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
print(sys.stdin is sys.__stdin__)
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline(-1)), repr(sys.stdin.readline(True)))
for size in (None, 2.0, "3", 10**30, -10**30):
    try:
        sys.stdin.readline(size)
    except Exception as e:
        print(type(e).__name__, e)
