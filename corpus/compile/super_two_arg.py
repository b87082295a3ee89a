# super(C, self).m() also compiles to LOAD_SUPER_ATTR (two-arg bit), but a renamed super does not.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super(B, self).who()
    def via_alias(self):
        s = super
        return s(B, self).who()
print(B().who(), B().via_alias())
