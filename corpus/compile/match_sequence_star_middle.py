# A star in the middle of a sequence pattern, and a wildcard star (*_) that skips the unpacking.
def f(x):
    match x:
        case [a, *mid, z] if mid:
            return ("mid", a, mid, z)
        case [a, *_, z]:
            return ("ends", a, z)
        case [*_]:
            return "short"
print(f([1, 2, 3, 4]), f([1, 2]), f([1]))
