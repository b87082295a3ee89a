# A conditional expression without else: "expected 'else' after 'if' expression".
x = 1 if y
