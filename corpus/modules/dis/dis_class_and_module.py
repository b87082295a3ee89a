# dis.dis on a class disassembles each method, with a "Disassembly of NAME:" heading.
import dis

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

dis.dis(Point)
print(Point(3, -4).norm1())
