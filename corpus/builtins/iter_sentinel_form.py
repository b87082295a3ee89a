# iter(callable, sentinel) calls the callable until it returns a value equal to the sentinel.
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = -1
def read():
    global pos
    pos += 1
    return data[pos]

print(list(iter(read, 9)))
print(pos)

counter = iter(range(100)).__next__
print(list(iter(counter, 5)))

class Eq:
    def __eq__(self, other):
        print("  comparing with", other)
        return other == "stop"
words = iter(["a", "b", "stop", "c"]).__next__
print(list(iter(words, Eq())))

try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
cit = iter(lambda: 1, 1)
print(type(cit).__name__, list(cit))
short = iter(["x"]).__next__
print(list(iter(short, "never")))
