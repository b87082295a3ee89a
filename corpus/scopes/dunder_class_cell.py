# __class__ in a method refers to the defining class, even when called on a subclass or from a nested function.
class A:
    def which(self):
        return __class__.__name__, type(self).__name__
    def nested(self):
        def helper():
            return __class__
        return helper().__name__
class B(A):
    pass
print(A().which(), B().which(), B().nested())
print(A.which.__code__.co_freevars, A.nested.__code__.co_cellvars)
