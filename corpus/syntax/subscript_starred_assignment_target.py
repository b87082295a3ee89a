# Starred items in a subscript used as an assignment and deletion target.
class Store(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
s = Store()
t = (1, 2)
s[*t] = "v"
s[0, *t] = "w"
del s[*t]
