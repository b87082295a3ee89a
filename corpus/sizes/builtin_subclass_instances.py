# Instances of subclasses of built-in types: the base layout plus GC header and managed-dict preheader.
import sys

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyTuple(tuple):
    pass

class MyBytes(bytes):
    pass

class SlotInt(int):
    __slots__ = ()

i = MyInt(5)
big_i = MyInt(2 ** 100)
s = MyStr("abc")
l = MyList([1, 2, 3])
d = MyDict(a=1)
t = MyTuple((1, 2))
b = MyBytes(b"xyz")
si = SlotInt(5)
pairs = [("int", 5, i), ("int big", 2 ** 100, big_i), ("str", "abc", s), ("list", [1, 2, 3], l),
         ("dict", {"a": 1}, d), ("tuple", (1, 2), t), ("bytes", b"xyz", b), ("slot int", 5, si)]
for label, base, sub in pairs:
    print(label, sys.getsizeof(base), sys.getsizeof(sub), sub.__sizeof__())
i.extra = "attribute"
print("MyInt with attribute", sys.getsizeof(i))
