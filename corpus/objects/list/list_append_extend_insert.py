# append adds one object, extend iterates its argument, insert clamps its index; += is extend, but + needs a list.
a = [1]
a.append([2, 3])
a.extend([4, 5])
a.extend('ab')
a.extend(range(2))
a.extend({'k': 1})
a.extend(x * 10 for x in (1, 2))
print(a)
a.insert(0, 'first')
a.insert(-1, 'before last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
b = [1, 2]
b.extend(b)
b += b
print(b)
c = [0]
c += (1, 2)
c += 'xy'
print(c)
for expr in ("c + (1,)", "c.extend(5)", "c.append()", "c.insert(1)", "c.insert('0', 1)", "[].extend(None)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
