# A literal as a with-statement target: "cannot assign to literal".
with open("x") as 1:
    pass
