# __static_attributes__ (3.13): sorted names assigned as self.NAME anywhere in the class's methods.
class A:
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.alpha = 3

    def other(self, peer):
        self.mid = 4
        peer.not_counted = 5
        (self.tup_a, self.tup_b) = (1, 2)
        self.aug += 1 if hasattr(self, "aug") else 0

    @staticmethod
    def s(self):
        self.from_static = 1

    def nested(self):
        def inner():
            self.inner_only = 1
        return inner


class Empty:
    x = 1


class Sub(A):
    def __init__(self):
        self.sub_attr = 0


print(A.__static_attributes__)
print(Empty.__static_attributes__)
print(Sub.__static_attributes__)
print(type(A.__static_attributes__).__name__)
