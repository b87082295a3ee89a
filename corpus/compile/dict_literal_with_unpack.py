# {**a, 'k': v, **b}: each ** run is merged with DICT_UPDATE after a BUILD_MAP of the preceding pairs.
def f(a, b):
    return {**a}, {"k": 1, **a}, {**a, "k": 2, **b}, {"x": 0, "y": 1, **b, "z": 9}
print(f({"p": 1}, {"q": 2, "k": 3}))
