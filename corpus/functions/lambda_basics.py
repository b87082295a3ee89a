# lambda: an expression body, defaults, *args/**kw, immediate invocation, and use as a sort key.
sq = lambda x: x * x
add = lambda a, b=10: a + b
va = lambda *a, **k: (a, sorted(k))
print(sq(7), add(1), add(1, 2), va(1, 2, z=0, y=1))
print((lambda: "called immediately")())
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sq.__name__, sq.__code__.co_argcount)
