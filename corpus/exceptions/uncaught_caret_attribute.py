# An AttributeError on an attribute chain, with markers under the failing access and a suggestion.
class Engine:
    def __init__(self):
        self.horsepower = 150

class Car:
    def __init__(self):
        self.engine = Engine()

car = Car()
print(car.engine.horsepower)
print(car.engine.horsepowr + 10)
