# ** in a dict comprehension: "dict unpacking cannot be used in dict comprehension".
merged = {**x for x in y}
