# A mutable default (list/dict) is shared across calls; the None-sentinel idiom creates a fresh one each time.
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_good(1), append_good(2))
print(append_bad.__defaults__)
def count(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return seen[key]
print([count(k) for k in "abab"], count.__defaults__)
