# collections.abc: isinstance/issubclass against the ABCs for built-ins and for classes that
# only define the methods, and the mixin methods a subclass inherits.
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Set


def main():
    checks = [([], Iterable), ([], Sequence), ([], cabc.MutableSequence), ((), cabc.MutableSequence), ({}, Mapping),
              ({}, MutableMapping), (set(), Set), (frozenset(), cabc.MutableSet), ("", Sequence), (range(3), Sequence),
              (iter([]), Iterator), ((x for x in ()), cabc.Generator), (len, Callable), ("", Hashable), ([], Hashable),
              ({}.keys(), cabc.KeysView), ({}.items(), Set), (5, Sized), (3, Iterable)]
    print([isinstance(o, c) for o, c in checks])
    print(issubclass(dict, Mapping), issubclass(list, Sized), issubclass(int, Hashable), issubclass(type, Callable))

    class Bag:
        def __len__(self):
            return 0

        def __iter__(self):
            return iter(())

        def __contains__(self, x):
            return False

    print(isinstance(Bag(), Sized), isinstance(Bag(), cabc.Collection), isinstance(Bag(), Sequence), issubclass(Bag, Iterable))

    class Row(Sequence):
        def __init__(self, *items):
            self.items = items

        def __getitem__(self, i):
            return self.items[i]

        def __len__(self):
            return len(self.items)

    r = Row(3, 1, 3)
    print(list(r), 1 in r, r.index(3), r.count(3), list(reversed(r)), isinstance(r, Iterable))

    class Store(MutableMapping):
        def __init__(self):
            self.d = {}

        def __getitem__(self, k):
            return self.d[k]

        def __setitem__(self, k, v):
            self.d[k] = v

        def __delitem__(self, k):
            del self.d[k]

        def __iter__(self):
            return iter(self.d)

        def __len__(self):
            return len(self.d)

    s = Store()
    s.update(a=1, b=2)
    s.setdefault("c", 3)
    print(s.get("a"), s.get("z", 0), "b" in s, sorted(s.keys()), sorted(s.values()), sorted(s.items()), s.pop("a"), len(s))
    print(s == {"b": 2, "c": 3}, isinstance(s, Mapping), type(s.keys()).__name__)
    try:
        Row()
    except TypeError:
        print("Row() ok")
    try:
        Sequence()
    except TypeError as e:
        print("TypeError", e)
    print(cabc.__name__, Iterable.__module__, repr(Mapping), type(Mapping).__name__, Sequence.__mro__)


main()
