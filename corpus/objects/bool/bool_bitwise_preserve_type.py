# &, | and ^ between two bools return bool; mixing with int returns int.
for a in (False, True):
    for b in (False, True):
        print(a, b, repr(a & b), repr(a | b), repr(a ^ b))
print(repr(True & 1), repr(True | 0), repr(1 ^ True), repr(True << 1), repr(True >> 1), repr(False << 5))
x = True
x &= False
print(repr(x))
x |= True
print(repr(x))
x ^= 1
print(repr(x), type(x).__name__)
print(repr(True.__and__(True)), repr(True.__rand__(False)), repr(True.__or__(2)), repr(bool.__xor__(True, 3)))
