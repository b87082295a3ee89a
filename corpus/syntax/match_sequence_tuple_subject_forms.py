# Sequence patterns written as (), (x,), [x,] and open tuples with trailing commas.
def m(v):
    match v:
        case ():
            return "empty tuple pattern"
        case (x,):
            return f"one-tuple {x}"
        case a, b,:
            return f"open pair {a} {b}"
    return "none"
print(m([]), m([9]), m((1, 2)), m([1, 2, 3]))
