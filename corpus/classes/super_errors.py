# Error messages from super() used without a class, with wrong arguments, and unknown attributes.
def outside():
    return super()

try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class A:
    def method(self):
        return "A"

class B(A):
    def method(self):
        return super().missing()
    def no_args():
        return super()

try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    B().method()
except AttributeError as e:
    print(type(e).__name__, e)

try:
    B.no_args()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(5, B())
except TypeError as e:
    print(type(e).__name__, e)

s = super(B, B())
try:
    s.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
