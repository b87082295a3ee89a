# Value patterns: dotted names compare with ==; a bare name would capture instead.
class Color:
    RED = 1
    GREEN = 2
class NS:
    class Inner:
        VALUE = "deep"
def m(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case NS.Inner.VALUE:
            return "deep value"
    return "none"
print(m(1), m(2), m("deep"), m(3))
