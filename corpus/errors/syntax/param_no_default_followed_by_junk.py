# A parameter name followed by a stray character after one with a default: 'invalid syntax'
# at the character, not 'parameter without a default follows parameter with a default'.
def f(a=1, b`c=1):
    pass
