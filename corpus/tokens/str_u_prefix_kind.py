# Constant.kind is 'u' only for a lowercase u prefix on the first piece of a concatenation.
a = u"x"
b = U"x"
c = u"x" "y"
d = "x" u"y"
e = u"""triple"""
print(a, b, c, d, e)
