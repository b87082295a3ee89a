# super().m() compiles to LOAD_SUPER_ATTR (method form) with the __class__ cell; super().attr without a call too.
class Base:
    value = "base value"
    def greet(self, who):
        return "Base greets " + who
class Child(Base):
    def greet(self, who):
        return "Child+" + super().greet(who)
    def val(self):
        return super().value
print(Child().greet("you"), Child().val())
print(Child.greet.__code__.co_freevars)
