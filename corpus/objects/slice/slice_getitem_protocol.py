# obj[a:b], obj[a:b:c], obj[a:b, c] and obj[...] deliver slice objects, tuples and Ellipsis to __getitem__.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1:2], s[::], s[:], s[1:], s[:2:], s[::-1], s[1:2, 3], s[..., 1:], s[:, None], s['a':'b'], s[1:2:3, ::4])
class Store:
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
t = Store()
t[1:2] = 'v'
del t[::3]
t[:, 1] = 0
