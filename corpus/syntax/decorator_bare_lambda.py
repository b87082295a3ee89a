# A decorator may be an unparenthesized lambda (any named_expression after '@').
@lambda f: lambda: f() * 3
def g(): return 2
@lambda cls: cls.__name__.lower()
class Named: pass
print(g(), Named)
