# In a function the comprehension variable is saved with LOAD_FAST_AND_CLEAR, the loop runs inline, then restored.
def f(data):
    i = "saved"
    r = [i + 1 for i in data if i % 2]
    s = {i for i in data}
    return r, sorted(s), i
print(f([1, 2, 3, 4, 5]))
