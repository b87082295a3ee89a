# OrderedDict's views: odict_keys/odict_values/odict_items reprs, order, set operations.
import collections


def main():
    od = collections.OrderedDict(z=1, a=2)
    print(od.keys(), od.values(), od.items(), list(od.keys()), sorted(od.keys()), list(reversed(od.items())), 'z' in od.keys(), len(od.values()))
    print(od.keys() & {'a'}, od.keys() == {'a', 'z'}, od.items() - {('z', 1)}, type(od.keys()).__name__, [k for k, v in od.items()])
    for k, v in od.items():
        print(k, v)
    print(dict(od), collections.OrderedDict(od) == od, list(od.values()))


main()
