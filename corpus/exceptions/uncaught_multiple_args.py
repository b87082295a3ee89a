# An uncaught exception constructed with several arguments prints the str() of its args tuple.
def check_range(value, low, high):
    if not low <= value <= high:
        raise ValueError("out of range", value, (low, high))
    return value

print(check_range(5, 0, 10))
check_range(15, 0, 10)
