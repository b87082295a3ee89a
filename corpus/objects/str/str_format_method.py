# str.format field syntax: auto/manual numbering, keywords, indexing, attributes, conversions, nested specs and braces.
print('{} {} {}'.format(1, 'a', None), '{1} {0} {1}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{{}} {{{0}}}'.format(5))
print('{0[0]} {0[key]} {1.real} {1.imag} {2[1][0]}'.format({0: 'zero', 'key': 'v'}, 3 + 4j, [[0], ['nested']]))
print('{0!r} {1!s} {2!a} {0!r:>8}'.format('é', 'é', 'é'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}}'.format('x', 4))
print('{0:{1}{2}}|{x[-1]}'.format('ab', '>', 6, x={'-1': 'digits-only keys are ints, others strs'}), '{0[1]}'.format({1: 'int key'}))
for fmt, args, kw in [('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{2}', (1, 2), {}), ('{}', (), {}), ('{x}', (), {}),
                      ('}', (), {}), ('{', (), {}), ('{0!x}', (1,), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}),
                      ('{:d}', ('s',), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{!}', (1,), {}), ('{0:s', (1,), {}), ('{a.b}', (), {'a': 1})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
