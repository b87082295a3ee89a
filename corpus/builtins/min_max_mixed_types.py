# min()/max() across mixed numeric types keep the original object; ordering among equal values.
print(max(1, 1.0), max(1.0, 1), min(True, 1), min(1, True), max(0, False), max(False, 0))
print(type(max(2, 2.0)).__name__, type(max(2.0, 2)).__name__, max(1, 2.5, 2), min(-0.0, 0.0), min(0.0, -0.0))
print(max([1, 2], [1, 2, 0]), max("b", "ab"), min((1, 2), (1, 2)), max(b"a", b"B"))
print(max({1: "a", 3: "b"}.items()), min({3: 0, 1: 5}.values()), max({3, 1, 2}))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: n % 4))
print(max("aAbB", key=str.lower), min("aAbB", key=str.lower))
