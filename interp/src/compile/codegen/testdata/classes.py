class A:
    x = 1
    def __init__(self):
        self.v = 1
        self.w: int = 2
    def m(self):
        return super().m() + __class__.x
class B(A, metaclass=type):
    def m(self):
        return [self for _ in range(3)]
