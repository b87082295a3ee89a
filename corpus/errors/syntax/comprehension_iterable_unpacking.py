# A starred element in a list comprehension: "iterable unpacking cannot be used in comprehension".
flat = [*x for x in y]
