# A non-ASCII str grows when its UTF-8 form gets cached (here by using it as a class name); ASCII never does.
import sys

def make(parts):
    return "".join(parts)

latin = make(["caf", "\u00e9", "x"])
euro = make(["\u20ac", "uro"])
ascii_name = make(["plain", "Name"])
print("before", sys.getsizeof(latin), sys.getsizeof(euro), sys.getsizeof(ascii_name))
latin.encode("utf-8")
euro.encode()
print("after encode", sys.getsizeof(latin), sys.getsizeof(euro))
print(latin, euro)
print("after print", sys.getsizeof(latin), sys.getsizeof(euro))
LatinClass = type(latin, (), {})
EuroClass = type(euro, (), {})
AsciiClass = type(ascii_name, (), {})
print("after type()", sys.getsizeof(latin), sys.getsizeof(euro), sys.getsizeof(ascii_name))
print(len(latin.encode()), len(euro.encode()))
