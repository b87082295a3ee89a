# pop with and without index, remove of the first equal element, clear, and their errors.
a = [10, 20, 30, 20, 40]
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(20)
print(a)
for call in (lambda: a.remove(99), lambda: a.pop(5), lambda: a.pop(-10), lambda: a.pop('0'), lambda: a.pop(1.0)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a.clear()
print(a)
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
b = [1, 1.0, True]
b.remove(True)
print(b)
nan = float('nan')
c = [nan, float('nan')]
c.remove(nan)
print(len(c))
try:
    c.remove(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
