# A wildcard case before another case (compiler error): "wildcard makes remaining patterns unreachable".
match x:
    case _:
        pass
    case 1:
        pass
