# Two star captures in one sequence pattern (compiler error): "multiple starred names in sequence pattern".
match x:
    case [*a, *b]:
        pass
