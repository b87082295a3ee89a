# repr of tuples: the trailing comma of 1-tuples, nesting, and recursion through a contained list.
print((), (1,), (1, 2), ((),), ((1,),), (None, 'a', 1.5, [2], {3}), tuple('ab'), str((1,)))
l = []
t = (l,)
l.append(t)
print(t, l)
print(repr(tuple()), repr(tuple([()])), repr((('nested', ('deep',)),)))
