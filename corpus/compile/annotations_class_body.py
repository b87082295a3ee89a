# Class annotations: the class body also starts with SETUP_ANNOTATIONS; annotated names without values are not set.
class C:
    a: int
    b: str = "b"
    def m(self):
        self.x: int = 5
        return self.x
print(C.__annotations__)
print(hasattr(C, "a"), C.b, C().m())
