# Display literals: empty and non-empty tuple/list/set/dict, nested, trailing commas, parenthesized value.
print((), (1,), (1, 2), [], [1], [1, 2,], {1}, {1, 2,}, {}, {"a": 1}, {"a": 1, "b": 2,})
print(((1,),), [[[]]], {(1, 2): {3: [4]}}, (1), ((((2)))))
t = 1, 2, 3
u = 1,
print(t, u)
