# Unary -, +, ~ and abs() on ints, and the fact that they always return exact int (not subclass).
for n in (0, 1, -1, 2**62, -(2**62), 2**100):
    print(repr(n), -n, +n, ~n, abs(n), type(-n).__name__, type(+n).__name__)
class Sub(int):
    def __repr__(self):
        return 'Sub(' + int.__repr__(self) + ')'
s = Sub(-4)
print(repr(s), -s, abs(s), type(abs(s)).__name__, type(~s).__name__, type(s + 0).__name__)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~None
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
