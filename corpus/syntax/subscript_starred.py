# PEP 646: starred expressions directly in subscripts form a tuple key.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
t = (1, 2)
print(s[*t])
print(s[*t, 3])
print(s[0, *t])
print(s[*t, *t])
