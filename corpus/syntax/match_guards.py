# Guards: evaluated after binding; a failed guard moves on; guards may use walrus and have side effects.
log = []
def check(x):
    log.append(x)
    return x > 1
def m(v):
    match v:
        case [x, y] if x == y:
            return "equal pair"
        case [x, y] if check(x) and (s := x + y) > 5:
            return f"big sum {s}"
        case [x, _]:
            return f"fallback x={x}"
print(m([3, 3]), m([4, 2]), m([2, 1]), m([0, 9]))
print(log)
