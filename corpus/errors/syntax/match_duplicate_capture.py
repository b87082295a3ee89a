# The same capture name twice in one pattern (compiler error): "multiple assignments to name 'y' in pattern".
match x:
    case [y, y]:
        pass
