# None equals only itself; == against other falsy values is False; `is None` is the idiomatic test.
for v in (None, 0, False, '', [], (), float('nan')):
    print(repr(v), v == None, v is None, v != None)
print(None == None, None is None, [None] == [None], None in [0, False, None], [0, False].count(None), {None: 1}[None])
print(max([None], key=lambda x: 0), sorted([None]), [None].index(None))
