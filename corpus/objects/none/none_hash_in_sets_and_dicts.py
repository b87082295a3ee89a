# None's fixed hash gives a fixed slot: the position of None in small sets is deterministic.
print({None, 1, 2}, {1, None, 2}, {None, 'a'}, {0, None, 32}, {None} | {4238894112 % 8})
print(hash(None) % 8, hash(None) % 32, {None: 0, 1: 1}, frozenset({None, 3}), hash((None,)), hash((None, None)))
