# 'not in' and 'is not' are two tokens: whitespace, tabs, and even a newline (inside parentheses) between them.
a = [1]
print(2 not in a, 2 not  in a, a is not None, a is	not None)
print((2 not
       in a), (a is
               not a))
