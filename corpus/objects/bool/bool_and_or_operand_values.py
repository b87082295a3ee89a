# `and` / `or` return one of their operands (not necessarily a bool); `not` always returns a bool.
vals = [0, 1, '', 'x', [], [0], None, 0.0, True, False]
for a in vals[:6]:
    for b in vals[4:]:
        print(repr(a), repr(b), '| and:', repr(a and b), '| or:', repr(a or b))
print([not v for v in vals])
print(1 and 2 and 3, 0 or '' or [] or None, 1 or 1 / 0, 0 and 1 / 0, repr(None or 0), repr(0 or None))
