# inspect.getdoc inherits and cleans docstrings; cleandoc strips indentation and blank edges.
import inspect

class Base:
    def run(self):
        """Run the thing.

            Indented more.
        Back.
        """

class Child(Base):
    def run(self):
        pass

print(repr(inspect.getdoc(Base.run)))
print(repr(inspect.getdoc(Child.run)))
print(repr(Child.run.__doc__))
print(repr(inspect.cleandoc("\n\n   a\n     b\n   c\n\n")))
print(repr(inspect.cleandoc("first\n\tsecond")))
print(repr(inspect.getdoc(lambda: 0)))
