# hash() of an instance reduces big __hash__ results and rejects non-integers.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

print(hash(H(5)), hash(H(-1)), hash(H(True)))
print(hash(H(2**61 - 1)), hash(H(2**61)), hash(H(2**100)))
print(hash(H(-(2**70))))
class MyInt(int):
    pass
print(hash(H(MyInt(7))))
for bad in (1.5, "s", None):
    try:
        hash(H(bad))
    except TypeError as e:
        print(type(e).__name__, e)
