# int(x) for floats, bools, bytes, and objects using __int__/__index__/__trunc__; TypeError messages for the rest.
print(int(), int(3.99), int(-3.99), int(-0.0), int(1e20), int(2.0**70), int(True), int(False))
print(int(b'  12 '), int(bytearray(b'-3')), int(memoryview(b'77')))
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 8
class T:
    def __trunc__(self):
        return 9
print(int(I()), int(N()))
try:
    print(int(T()))
except TypeError as e:
    print(type(e).__name__, e)
for v in (float('inf'), float('-inf')):
    try:
        int(v)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
for v in (None, [1], 1j, {}, (1,)):
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __int__(self):
        return 'x'
try:
    int(Bad())
except TypeError as e:
    print(type(e).__name__, e)
