# A superscript digit in a name is not an identifier character (tokenize accepts it): "invalid character '²' (U+00B2)".
a² = 1
