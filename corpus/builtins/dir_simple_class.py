# dir() of a simple class, its instance, a module-level function and no-argument dir() at module level.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(dir(Point))
print(dir(Point(1, 2)))
print([n for n in dir(Point(1, 2)) if not n.startswith("_")])
print(dir(object) == sorted(dir(object)), len(dir(object)))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print(dir(None)[:5], "append" in dir([]), "keys" in dir({}))
