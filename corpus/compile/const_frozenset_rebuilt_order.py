# frozenset constants are rebuilt by the compiler and print in its table order; runtime set iteration too.
def f(x):
    return x in {7, 8, 16}, x in {"a", "b", "c"}, x in {1.5, 2, -3}
print(f(8), f("b"), f(-3))
for k in f.__code__.co_consts:
    if isinstance(k, frozenset):
        print(sorted(k, key=repr))
for x in {8, 7, 16}:
    print(x)
