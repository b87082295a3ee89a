# str.expandtabs: columns restart after \n and \r, tabsize 0 deletes tabs, negative tabsize behaves like 0.
s = 'a\tbc\tdef\tghij\tk'
for n in (8, 4, 1, 0, -3, 3, 10):
    print(n, repr(s.expandtabs(n)))
print(repr('\t'.expandtabs()), repr('ab\ncd\tx'.expandtabs(4)), repr('abc\r\tx'.expandtabs(4)), repr('\u00e9\u20ac\t|'.expandtabs(4)))
print(repr('x\x0b\ty'.expandtabs(4)), repr('x\x0c\ty'.expandtabs(4)), repr('\U0001f600\t|'.expandtabs(3)), repr('a\t\tb'.expandtabs(tabsize=2)))
try:
    'a'.expandtabs(2**70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    'a'.expandtabs('4')
except TypeError as e:
    print(type(e).__name__, e)
