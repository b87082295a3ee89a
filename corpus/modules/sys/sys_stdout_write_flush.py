# sys.stdout.write returns the character count, needs a str, and interleaves with print; flush returns None.
import sys

n = sys.stdout.write("abc\n")
print("returned", n)
print("unicode count", sys.stdout.write("h\u00e9llo \u20ac\n"))
print("empty", sys.stdout.write(""))
r = sys.stdout.flush()
print("flush returned", r)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.encoding)
print(sys.stdout is sys.__stdout__)
