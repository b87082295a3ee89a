# list.reverse works in place and returns None; reversed() gives a lazy iterator that sees later changes.
a = [1, 2, 3, 4]
print(a.reverse(), a)
r = reversed(a)
print(type(r).__name__, r.__length_hint__())
a[0] = 'changed'
print(list(r), list(r))
b = [1, 2, 3]
it = reversed(b)
b.append(4)
print(list(it))
c = [1, 2, 3]
it = reversed(c)
next(it)
c.clear()
print(list(it), [].reverse(), list(reversed([])))
