# Instance __dict__ objects: split dicts sized from the class's shared keys, and what breaks the sharing.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p1 = Point(1, 2)
print("instance", sys.getsizeof(p1))
d1 = vars(p1)
print("first __dict__", sys.getsizeof(d1), len(d1))
p2 = Point(3, 4)
d2 = p2.__dict__
print("second __dict__", sys.getsizeof(d2))
p2.z = 5
print("after extra attribute", sys.getsizeof(d2), len(d2))
p3 = Point(5, 6)
p3.__dict__[7] = "int key"
print("after non-str key", sys.getsizeof(vars(p3)), len(vars(p3)))

class Wide:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)

w = Wide()
print("40 attributes instance", sys.getsizeof(w), "dict", sys.getsizeof(vars(w)))
print("instance sizes unchanged", sys.getsizeof(p1), sys.getsizeof(p2), sys.getsizeof(p3))
