# The other quote kind inside a string needs no escape; the same kind does.
a = "it's"
b = 'say "hi"'
c = 'it\'s'
d = "say \"hi\""
print(a, b, c, d, a == c, b == d)
