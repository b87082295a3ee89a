# obj.__class__ can be reassigned between compatible heap types; incompatible layouts are rejected.
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"

pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))

class Slotted:
    __slots__ = ("a",)
tests = [
    ("to int", lambda: setattr(pet, "__class__", int)),
    ("to Slotted", lambda: setattr(pet, "__class__", Slotted)),
    ("int instance", lambda: setattr(5, "__class__", bool)),
    ("non-type", lambda: setattr(pet, "__class__", "Dog")),
]
for label, fn in tests:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
