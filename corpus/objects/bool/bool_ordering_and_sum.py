# bools order as 0 < 1 against each other and against numbers; sum/max/min treat them as ints.
vals = [True, False, 0, 1, -1, 0.5, 2, True, False]
print(sorted(vals), sorted(vals, reverse=True))
print(max(True, 1), max(1, True), min(False, 0), min(0, False), max([False, True, 0.9]))
print(sum([True] * 10), sum([True, 2.5]), type(sum([True, False])).__name__, sum([], True))
print(True > False, False < 0.1, True >= 1, True <= 1, (True < 2) == True, -True < False)
print(sorted([(True, 'b'), (False, 'z'), (1, 'a')]))
try:
    True < 'a'
except TypeError as e:
    print(type(e).__name__, e)
