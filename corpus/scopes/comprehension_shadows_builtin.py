# A comprehension variable can shadow a builtin name only inside the comprehension.
items = ["a", "bb"]
print([len for len in range(2)], len(items))
def f():
    return [str * 2 for str in (1, 2)], str(3)
print(f())
