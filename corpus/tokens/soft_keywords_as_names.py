# Soft keywords match, case, type and _ are ordinary identifiers outside their statements.
match = [1, 2]
case = {"k": 3}
type = "shadowed"
_ = 4
print(match[0], case["k"], type, _)
def type(x): return x
print(type(5), match.index(2))
