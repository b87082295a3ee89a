# Inside a method, a bare name matching an instance attribute suggests 'self.name'.
class Counter:
    def __init__(self):
        self.total = 0

    def add(self, n):
        return total + n

Counter().add(1)
