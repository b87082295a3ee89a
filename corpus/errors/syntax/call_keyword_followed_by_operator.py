# 'name=' followed by a token that is neither an expression, ',' nor ')': 'invalid syntax',
# not 'expected argument value expression'.
f(x=->"++")
