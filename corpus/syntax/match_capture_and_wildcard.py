# Capture patterns bind the subject; '_' matches without binding.
def m(v):
    match v:
        case [_, _]:
            return "pair, _ not bound: " + str("_" in dir())
        case x:
            return "captured " + repr(x)
print(m([1, 2]), m("s"))
match 5:
    case _:
        print("wildcard", "_" in globals())
