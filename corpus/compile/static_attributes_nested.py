# Nested functions and comprehensions inside methods count for the innermost class; a nested class has its own tuple.
class Outer:
    def method(self):
        def helper():
            self.from_helper = 1
        helper()
        [setattr(self, "x", 1) for _ in ()]
        class Inner:
            def m(self):
                self.inner_attr = 2
            self.not_inner = 3
        self.from_method = Inner
        return Inner
    lam = lambda self: setattr(self, "y", 1)
I = Outer().method()
print(Outer.__static_attributes__)
print(I.__static_attributes__)
