# [*a, b], (*a, b), {*a, b} and {**d}: LIST_EXTEND / LIST_APPEND / SET_UPDATE, tuples via INTRINSIC_LIST_TO_TUPLE.
def f(a, b):
    return [*a, b], (*a, b), {*a, b}, [b, *a, *a], (*a,)
print(f((1, 2), 3))
