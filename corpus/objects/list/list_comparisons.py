# List comparisons are lexicographic, use identity before == for elements, and fail on incomparable element pairs.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] == (1, 2), [1] != [1.0])
nan = float('nan')
a = [nan]
print(a == a, [nan] == [nan], [float('nan')] == [float('nan')], a < [nan, 1])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 2], [[1, 2], [3]] < [[1, 2], [4]], max([[1], [0, 5], [1, 0]]))
