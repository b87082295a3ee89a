# 3.13 traceback markers under a failing binary operation inside a larger expression.
def average(values, count):
    total = sum(values)
    return round((total + 0.0) / (count - len(values)), 2)

print(average([1, 2, 3], 6))
print(average([1, 2, 3], 3))
