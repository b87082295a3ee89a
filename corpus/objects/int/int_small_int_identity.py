# Small ints -5..256 are cached singletons; results outside that range are fresh objects.
def make(s):
    return int(s)
for s in ('-6', '-5', '0', '100', '256', '257', '1000'):
    print(s, make(s) is make(s))
a = 250
b = 250 + 6
c = int('256')
d = 255 + 2
print(b is c, d is int('257'), d == int('257'))
