# A literal as a keyword-argument name: 'expression cannot contain assignment, perhaps you meant "=="?'
f(1=2)
