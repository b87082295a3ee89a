# sys.getsizeof(str) depends on the widest character: 40+n+1 for ASCII, 56+(n+1)*kind for latin-1, UCS-2 and UCS-4.
import sys
def sizes():
    for width, base in ((1, 'a'), (1, chr(0xe9)), (2, chr(0x20ac)), (4, chr(0x1f600))):
        print(hex(ord(base)), [sys.getsizeof(base * n + 'x' * 0) if n else sys.getsizeof('') for n in (0, 1, 2, 7, 8, 100)])
    mixed = 'a' * 10 + chr(0x1f600)
    print(len(mixed), sys.getsizeof(mixed), sys.getsizeof(mixed[:10]), sys.getsizeof(mixed[10:] * 2))
sizes()
ascii_text = 'hello world'
empty = ''
longer = 'x' * 1000
