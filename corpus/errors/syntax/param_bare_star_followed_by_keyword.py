# A bare '*' followed by something other than ')', ',' or a name: 'invalid syntax' there, not
# 'named arguments must follow bare *'.
def f(cls, * lambda *kwargs): pass
