# __static_attributes__ collects self.NAME = ... stores from all methods, sorted; augmented stores are not counted.
class A:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.count = 0
    def bump(self):
        self.count += 1
        self.extra += 1 if hasattr(self, "extra") else 0
    def other(this):
        this.not_self = 3
    def setm(self):
        self.m, self.n = 1, 2
        (self.p).q = 3
print(A.__static_attributes__)
class B:
    pass
print(B.__static_attributes__)
