# Extended slicing: tuples of slices, Ellipsis, and mixed index/slice keys passed to __getitem__.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1:2, 3])
print(s[..., 0])
print(s[:, ::2])
print(s[1:2:3, :, ...])
print(s[1,])
print(s[()])
print(s[(1, 2)])
