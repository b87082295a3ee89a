# Lists are unhashable: hash(), dict keys and set members all fail with the same message.
for call in (lambda: hash([]), lambda: {[]: 1}, lambda: {[1]}, lambda: frozenset([[1]]), lambda: ([1],) in {(): 0},
             lambda: {}.get([])):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(list.__hash__ is None, [] in [[]], {(): [1]}[()])
