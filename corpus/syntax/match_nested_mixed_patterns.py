# Deeply nested patterns combining class, mapping, sequence, or, as, value and wildcard patterns.
class Op:
    __match_args__ = ("name", "args")
    def __init__(self, name, args): self.name, self.args = name, args
def evaluate(node):
    match node:
        case int() | float() as num:
            return num
        case Op("+" | "add", [left, right]):
            return evaluate(left) + evaluate(right)
        case Op("neg", [operand]):
            return -evaluate(operand)
        case Op(name, {"lhs": l, "rhs": r, **extra}) if name == "*":
            return evaluate(l) * evaluate(r)
        case Op(_, _):
            raise ValueError("unknown op " + node.name)
tree = Op("+", [Op("neg", [2]), Op("*", {"lhs": 3, "rhs": Op("add", [1, 1.5]), "x": 0})])
print(evaluate(tree))
try:
    evaluate(Op("?", []))
except ValueError as e:
    print(e)
