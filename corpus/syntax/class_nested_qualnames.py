# Nested classes and functions: __qualname__ records the nesting path, <locals> for function scopes.
class A:
    class B:
        def m(self):
            class C: pass
            return C
    def f(self):
        def g(): pass
        return g
print(A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__, A().f().__qualname__)
