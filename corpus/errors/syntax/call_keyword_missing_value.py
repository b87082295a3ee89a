# A keyword argument without a value: "expected argument value expression".
f(a=)
