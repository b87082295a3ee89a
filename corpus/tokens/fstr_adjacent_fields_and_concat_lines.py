# Implicit concatenation of f-strings over lines inside parentheses, with adjacent fields.
a, b = "A", "B"
s = (f"{a}{b}"
     f"-{b}{a}-"
     "tail")
print(s)
