# complex(): from numbers, from two arguments (including complex ones), from strings, and its TypeErrors/ValueErrors.
print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2), complex(real=3), complex(imag=4))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(0, 1j), complex(2j), complex(-0.0), complex(0, -0.0))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for args in [('1', 2), (1, '2'), (None,), ([],), ('1', '1')]:
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class Bad:
    def __complex__(self):
        return 1
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
