# sorted() with key= and reverse=, on strings, tuples, mixed numbers and dicts.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, 1.5, True, -2, 0.0, False]))
print(sorted({"b": 1, "a": 2, "c": 0}))
d = {"b": 1, "a": 2, "c": 0}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(sorted("hello"), sorted((3, 2, 1)), sorted(set([5, 3, 9])))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([], reverse=True), sorted([1], key=None))
print(sorted(range(10), key=lambda n: n % 3))
print(sorted([-3, 2, -1], key=abs, reverse=True))
