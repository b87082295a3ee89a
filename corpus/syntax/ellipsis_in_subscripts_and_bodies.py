# Ellipsis as a subscript, in slices, as a default value, and as a statement.
class Show:
    def __getitem__(self, k): return k
s = Show()
print(s[...], s[..., 1:...], s[...:...])
def f(x=...):
    ...
    return x
print(f(), f(1))
