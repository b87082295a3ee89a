# with-item targets may be starred sequences and nested lists.
class CM:
    def __enter__(self): return [1, 2, 3, 4]
    def __exit__(self, *a): pass
with CM() as (first, *rest):
    print(first, rest)
with CM() as [a, b, *_]:
    print(a, b)
