# list subclasses: overridden append is not used by extend/+=/slicing; slices return plain lists.
class Logged(list):
    def append(self, item):
        print("  append", item)
        super().append(item)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        return super().__getitem__(i)

x = Logged([1, 2])
x.append(3)
x.extend([4])
x += [5]
x[0] = 0
x.insert(0, -1)
print(x, type(x).__name__)
print(type(x[1:]).__name__, type(x + [1]).__name__, type(x * 2).__name__, type(x.copy()).__name__)
print(len(x), sum(x), sorted(x, reverse=True))

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, repr(Stack([1])))
print(Stack([1, 2]) == [1, 2], isinstance(s, list))
