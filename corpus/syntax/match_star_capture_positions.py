# A star capture alone, first, last, in the middle, and binding an empty list.
def m(v):
    match v:
        case [1, *rest]:
            return ("after 1", rest)
        case [*init, 9]:
            return ("before 9", init)
        case [a, *mid, b] if not mid:
            return ("two only", a, b)
        case [*all_]:
            return ("all", all_)
print(m([1]), m([1, 2, 3]), m([5, 9]), m([4, 5]), m([7]))
