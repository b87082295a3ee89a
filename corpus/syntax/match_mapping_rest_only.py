# A mapping pattern consisting only of **rest copies the whole mapping; rest excludes matched keys.
def m(v):
    match v:
        case {"k": 1, **rest}:
            return "k=1, rest", rest
        case {**everything}:
            return "everything", everything
print(m({"k": 1, "j": 2}), m({"z": 0}))
