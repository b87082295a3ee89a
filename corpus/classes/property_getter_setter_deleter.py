# property with getter, setter and deleter; validation in the setter; access on the class.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        print("  get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  delete")
        del self._c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
