# list.sort is stable, with key and reverse (reverse keeps equal elements in original order), and returns None.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
d = data[:]
print(d.sort(key=lambda t: t[1]), d)
d = data[:]
d.sort(key=lambda t: t[1], reverse=True)
print(d)
d.sort(key=lambda t: t[0])
print(d)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=str.lower, reverse=True))
nums = [3, 1.5, -2, True, 0, -0.0, 2**70, 1]
nums.sort()
print(nums)
print(sorted([[2, 1], [1, 2], [1], [], [1, 1]]), sorted((3, 1, 2), reverse=True), sorted('hello'), sorted({3: 'a', 1: 'b'}))
