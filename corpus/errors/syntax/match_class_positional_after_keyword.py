# A positional sub-pattern after a keyword one: "positional patterns follow keyword patterns".
match x:
    case Point(x=0, y):
        pass
