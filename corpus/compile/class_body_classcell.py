# A class whose methods use __class__ gets MAKE_CELL __class__ and returns it as __classcell__ from the body.
class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__ is not None
class B(A):
    pass
print(A().who(), B().who(), B().sup())
print(A.who.__code__.co_freevars, "__classcell__" in A.__dict__)
