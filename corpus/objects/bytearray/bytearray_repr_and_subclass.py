# repr of bytearray wraps the bytes repr; subclasses show their own class name.
print(repr(bytearray()), repr(bytearray(b"it's")), repr(bytearray(b'\x00\xff"\'')), str(bytearray(b'x')))
class Buf(bytearray):
    pass
print(repr(Buf(b'ab')), repr(Buf()), str(Buf(b'q')))
class Other(bytearray):
    def __repr__(self):
        return 'Other!'
print(repr(Other(b'z')), [Other(b'z')])
