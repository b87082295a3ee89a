# Traceback markers under a call that raises inside a larger expression, and in the callee.
def scale(value, factor):
    return value * factor.multiplier

class Factor:
    multiplier = 3

print(scale(2, Factor()) + 1)
result = [scale(1, Factor()), scale(2, None) + 10]
