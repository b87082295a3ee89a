# with calls __enter__ (binding its result) and __exit__ with (None, None, None) or the exception.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False

with CM("a") as value:
    print("body", value)

with CM("outer") as o, CM("inner") as i:
    print("body", o, i)

try:
    with CM("failing"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)

def early():
    with CM("returning"):
        return "returned"
print(early())

for n in range(2):
    with CM(f"loop{n}"):
        if n == 0:
            continue
        break
