# hash(tuple) is the xxHash-based combination of element hashes (deterministic for hashable contents).
for t in [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ('a',), ('a', 'b'), (1.5, 'x'), ((),), ((1, 2), (3,)), (None,),
          (True,), (1, True), (2**61 - 1,), (float('inf'),), (1j,), (b'x', 'x'), (frozenset(),)]:
    print(repr(t), hash(t))
print(hash((1,)) == hash((1.0,)) == hash((True,)), hash((1, 2)) != hash((2, 1)))
for t in ([1], ({},), (1, [2])):
    try:
        hash(t if isinstance(t, tuple) else (t,))
    except TypeError as e:
        print(type(e).__name__, e)
